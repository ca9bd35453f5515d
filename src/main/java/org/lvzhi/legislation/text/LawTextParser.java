package org.lvzhi.legislation.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a law, regulation or draft into 编/分编/章/节/条 units, keeping every character so that
 * {@link LawText#render()} gives the text back unchanged.
 *
 * <p>Reads the library's Markdown ({@code # title}, a header block closed by
 * {@code <!-- INFO END -->}, {@code ## 第一章 …} headings) and plain text pasted from a word
 * processor (headings without marks, lines indented with full-width spaces). A line starting with
 * a 条 label opens an article when a space follows the label, or when the number is the one
 * expected next; lines up to the next heading or article are the article's 款, 项 and 目. A line
 * such as {@code 第七节相应改为第八节，…} is prose, not a heading: unmarked headings are short and
 * hold no punctuation.
 */
public final class LawTextParser {

	private static final String NUMERAL = "[零〇○一二三四五六七八九十百千两]+|\\d{1,4}";
	private static final String SPACE = "[ \\t\\u3000\\u2002\\u2003\\u00a0]";
	private static final Pattern ARTICLE = Pattern.compile(
			"^(" + SPACE + "*)([第笫](" + NUMERAL + ")(" + SPACE + "?)条(?:之[一二三四五六七八九十]+)?)(" + SPACE + "*)(.*)$",
			Pattern.DOTALL);
	private static final Pattern DIVISION = Pattern.compile(
			"^(#*" + SPACE + "*)(第(" + NUMERAL + ")(分编|编|章|节))(" + SPACE + "*)(.*)$");
	private static final Pattern MARKED_HEADING = Pattern.compile("^(#+" + SPACE + "*)(.*)$");
	private static final Pattern APPENDIX = Pattern
		.compile("^(" + SPACE + "*)((?:附件|附表|附录)[一二三四五六七八九十\\d]*[：:]?" + SPACE + "*|附[：:])(.*)$");
	private static final Pattern PUNCTUATION = Pattern.compile("[，。；：、,;:“”（）()]");
	private static final Pattern TITLE_LINE = Pattern
		.compile("^[^，。；：,;:]*(条例|办法|规定|规则|细则|决定|法|准则)(（[^）]*）|\\([^)]*\\))?$");
	/** Characters after a label that make it a reference (第五条规定的…) rather than an article. */
	private static final String REFERENCE_FOLLOWERS = "的规和中至或及、，所之第";

	public LawText parse(String text) {
		String source = text == null ? "" : text;
		int headEnd = headEnd(source);
		String head = source.substring(0, headEnd);
		String title = title(head);
		List<Unit> units = new ArrayList<>();
		Builder builder = new Builder(units);
		String[] lines = source.substring(headEnd).split("\n", -1);
		StringBuilder pending = new StringBuilder();
		for (int k = 0; k < lines.length; k++) {
			String line = lines[k];
			if (k > 0) {
				pending.append('\n');
			}
			if (line.isBlank()) {
				pending.append(line);
				continue;
			}
			builder.line(pending.toString(), line);
			pending.setLength(0);
		}
		builder.close();
		if (title.isEmpty() && !units.isEmpty() && units.getFirst().kind() == UnitKind.TEXT) {
			title = plainTitle(units.getFirst().body());
		}
		return new LawText(head, title, units, pending.toString());
	}

	/** The end of the head: after the line holding the INFO END marker, else after a {@code # } title line. */
	private static int headEnd(String source) {
		int marker = source.indexOf(LawText.INFO_END);
		if (marker >= 0) {
			int newline = source.indexOf('\n', marker);
			return newline < 0 ? source.length() : newline;
		}
		if (source.startsWith("# ")) {
			int newline = source.indexOf('\n');
			return newline < 0 ? source.length() : newline;
		}
		return 0;
	}

	/**
	 * A pasted draft starts with its title line, such as 太原市养老服务条例（草案）: short, no
	 * sentence punctuation, naming a kind of regulation. It stays a loose paragraph of the body.
	 */
	private static String plainTitle(String line) {
		String t = line.strip();
		return t.length() <= 80 && TITLE_LINE.matcher(t).matches() ? t : "";
	}

	private static String title(String head) {
		if (!head.startsWith("#")) {
			return "";
		}
		int newline = head.indexOf('\n');
		return (newline < 0 ? head : head.substring(0, newline)).replaceFirst("^#+\\s*", "").strip();
	}

	/** Gathers lines into units; an article stays open until the next heading or article. */
	private static final class Builder {

		private final List<Unit> units;
		private Unit open;
		private StringBuilder openBody;
		private int lastOrdinal;

		Builder(List<Unit> units) {
			this.units = units;
		}

		void line(String gap, String line) {
			Unit heading = heading(gap, line);
			if (heading != null) {
				close();
				units.add(heading);
				return;
			}
			Matcher article = ARTICLE.matcher(line);
			if (article.matches() && opensArticle(article)) {
				close();
				int ordinal = ChineseNumbers.parse(article.group(3));
				open = new Unit(UnitKind.ARTICLE, gap, article.group(1), article.group(2), ordinal, article.group(5), "");
				openBody = new StringBuilder(article.group(6));
				lastOrdinal = ordinal;
				return;
			}
			if (open != null) {
				openBody.append(gap).append(line);
				return;
			}
			units.add(new Unit(UnitKind.TEXT, gap, "", "", 0, "", line));
		}

		private boolean opensArticle(Matcher article) {
			int ordinal = ChineseNumbers.parse(article.group(3));
			if (ordinal <= 0) {
				return false;
			}
			boolean next = ordinal == lastOrdinal + 1;
			if (!article.group(4).isEmpty() || article.group(2).charAt(0) == '笫') {
				// Typing slips seen in real texts (第一百二十八 条, 笫五十四条) are forgiven only in sequence.
				return next;
			}
			if (!article.group(5).isEmpty() || article.group(6).isEmpty()) {
				return true;
			}
			// Without a space after the label, only the next number in sequence opens an article.
			return next && REFERENCE_FOLLOWERS.indexOf(article.group(6).charAt(0)) < 0;
		}

		private static Unit heading(String gap, String line) {
			Matcher division = DIVISION.matcher(line);
			if (division.matches()) {
				boolean marked = division.group(1).startsWith("#");
				String rest = division.group(6);
				int ordinal = ChineseNumbers.parse(division.group(3));
				if (ordinal > 0 && (marked || looksLikeHeading(rest))) {
					return new Unit(kind(division.group(4)), gap, division.group(1), division.group(2), ordinal,
							division.group(5), rest);
				}
			}
			Matcher marked = MARKED_HEADING.matcher(line);
			if (marked.matches()) {
				return new Unit(UnitKind.HEADING, gap, marked.group(1), "", 0, "", marked.group(2));
			}
			Matcher appendix = APPENDIX.matcher(line);
			if (appendix.matches() && appendix.group(3).length() <= 40) {
				return new Unit(UnitKind.HEADING, gap, appendix.group(1), "", 0, "", appendix.group(2) + appendix.group(3));
			}
			return null;
		}

		private static boolean looksLikeHeading(String rest) {
			return rest.strip().length() <= 30 && !PUNCTUATION.matcher(rest).find();
		}

		private static UnitKind kind(String word) {
			return switch (word) {
				case "编" -> UnitKind.PART;
				case "分编" -> UnitKind.SUBPART;
				case "章" -> UnitKind.CHAPTER;
				default -> UnitKind.SECTION;
			};
		}

		void close() {
			if (open != null) {
				units.add(new Unit(open.kind(), open.gap(), open.markup(), open.label(), open.ordinal(), open.separator(),
						openBody.toString()));
				open = null;
				openBody = null;
			}
		}
	}
}
