package org.lvzhi.legislation.text;

/**
 * One line of an article: a paragraph (款), an item (项, "（一）…") or a sub-item (目, "1．…").
 *
 * @param level what the line is
 * @param marker the item's marker as written, e.g. {@code （一）} or {@code 1．}; empty for a paragraph
 * @param text the line without its marker
 */
public record Clause(Level level, String marker, String text) {

	public enum Level {
		PARAGRAPH, ITEM, SUBITEM
	}
}
