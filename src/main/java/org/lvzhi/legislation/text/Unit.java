package org.lvzhi.legislation.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One unit of a text in reading order: a heading, an article, or a loose paragraph. The layout
 * fields keep what the text looked like, so that the text can be written back character for
 * character: {@code gap + markup + label + separator + body}.
 *
 * @param kind what the unit is
 * @param gap the line breaks (and blank lines) before the unit
 * @param markup what precedes the label: Markdown heading marks such as {@code "## "}, or indentation
 * @param label the number as written, e.g. {@code 第三章}, {@code 第十条}, {@code 第十条之一}; empty
 *     for unnumbered headings and loose paragraphs
 * @param ordinal the label's number (10 for 第十条 and 第十条之一), 0 without a label
 * @param separator what stands between the label and the body, usually a space
 * @param body a heading's title, a loose paragraph's text, or an article's text after its label:
 *     its paragraphs, items and sub-items, one a line, with the blank lines between them
 */
public record Unit(UnitKind kind, String gap, String markup, String label, int ordinal, String separator,
		String body) {

	private static final Pattern ITEM = Pattern.compile("^[\\s\\u3000]*([（(][零〇一二三四五六七八九十百]+[）)])[\\s\\u3000]*");
	private static final Pattern SUBITEM = Pattern.compile("^[\\s\\u3000]*(\\d{1,3}[．.、](?!\\d))[\\s\\u3000]*");

	public Unit {
		gap = gap == null ? "" : gap;
		markup = markup == null ? "" : markup;
		label = label == null ? "" : label;
		separator = separator == null ? "" : separator;
		body = body == null ? "" : body;
	}

	/** The unit as it was written. */
	public String source() {
		return markup + label + separator + body;
	}

	/** The heading or article as read: label and body with single spaces, for display and comparison. */
	public String plain() {
		return label.isEmpty() ? body.strip() : (label + " " + body.strip());
	}

	public boolean isArticle() {
		return kind == UnitKind.ARTICLE;
	}

	/** An article's paragraphs (款), items (项) and sub-items (目), blank lines left out. */
	public List<Clause> clauses() {
		List<Clause> clauses = new ArrayList<>();
		for (String line : body.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			Matcher item = ITEM.matcher(line);
			Matcher sub = SUBITEM.matcher(line);
			if (item.find()) {
				clauses.add(new Clause(Clause.Level.ITEM, item.group(1), line.substring(item.end())));
			}
			else if (sub.find()) {
				clauses.add(new Clause(Clause.Level.SUBITEM, sub.group(1), line.substring(sub.end())));
			}
			else {
				clauses.add(new Clause(Clause.Level.PARAGRAPH, "", line.strip()));
			}
		}
		return clauses;
	}

	/** The article's text without layout: its lines joined by a line break, each stripped. */
	public String text() {
		StringBuilder out = new StringBuilder();
		for (String line : body.split("\n")) {
			if (!line.isBlank()) {
				if (!out.isEmpty()) {
					out.append('\n');
				}
				out.append(line.strip());
			}
		}
		return out.toString();
	}
}
