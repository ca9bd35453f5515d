package org.lvzhi.suggestions;

/**
 * How many suggestions of a session year fall in one category, and in how many of them the deputy
 * rated an answer 不满意 (dissatisfied) at least once.
 */
public record SuggestionCategoryCount(String category, long suggestions, long dissatisfied) {
}
