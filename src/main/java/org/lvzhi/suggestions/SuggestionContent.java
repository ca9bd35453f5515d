package org.lvzhi.suggestions;

/**
 * What a deputy writes.
 *
 * @param year the session year the suggestion belongs to; {@code null} means the year of the day
 *     it is drafted
 * @param category one of the categories of {@link SuggestionSettings#categories()}
 */
public record SuggestionContent(String title, String body, String category, Integer year) {
}
