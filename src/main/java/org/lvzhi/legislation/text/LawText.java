package org.lvzhi.legislation.text;

import java.util.List;

/**
 * A law, regulation or draft as structure.
 *
 * @param head what precedes the body, as written: the {@code # title} line and the header block
 *     closed by {@code <!-- INFO END -->} (adoption and amendment notes); empty for a bare text
 * @param title the title, from the head's first line, or empty
 * @param units the body in reading order
 * @param tail what follows the last unit (the final line break)
 */
public record LawText(String head, String title, List<Unit> units, String tail) {

	public static final String INFO_END = "<!-- INFO END -->";

	public LawText {
		head = head == null ? "" : head;
		title = title == null ? "" : title;
		units = List.copyOf(units);
		tail = tail == null ? "" : tail;
	}

	/** The text written back from its structure; equal to what was parsed, character for character. */
	public String render() {
		StringBuilder out = new StringBuilder(head);
		for (Unit unit : units) {
			out.append(unit.gap()).append(unit.source());
		}
		return out.append(tail).toString();
	}

	/** The header block without the title line and the closing marker: adoption and amendment notes. */
	public String header() {
		String h = head;
		int newline = h.indexOf('\n');
		h = h.startsWith("#") ? (newline < 0 ? "" : h.substring(newline + 1)) : h;
		return h.replace(INFO_END, "").strip().replaceAll("\n[\\s\u3000]*\n", "\n");
	}

	public List<Unit> articles() {
		return units.stream().filter(Unit::isArticle).toList();
	}
}
