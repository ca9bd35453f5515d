package org.lvzhi.suggestions;

/** Identifies a suggestion. */
public record SuggestionId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
