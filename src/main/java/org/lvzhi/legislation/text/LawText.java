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

	/**
	 * The adoption and amendment notes: the header block, or, for a plain text without one, the
	 * bracketed lines under its title that carry a date ({@code （2021年4月6日…会议通过）}).
	 */
	public String notes() {
		String header = header();
		if (!header.isBlank()) {
			return header;
		}
		StringBuilder notes = new StringBuilder();
		for (Unit unit : units) {
			if (unit.kind() != UnitKind.TEXT) {
				break;
			}
			String line = unit.body().strip();
			if (line.matches("^[（(].*[0-9０-９]{4}\\s*年.*[）)]$")) {
				notes.append(notes.isEmpty() ? "" : "\n").append(line);
			}
		}
		return notes.toString();
	}

	public List<Unit> articles() {
		return units.stream().filter(Unit::isArticle).toList();
	}
}
