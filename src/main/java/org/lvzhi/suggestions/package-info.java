/**
 * Deputies' suggestions (代表建议) from the draft to their implementation: screening, assignment to
 * handling units, the units' contacts, views and answers, the deputy's rating, re-handling and
 * follow-up. Other modules react to its events ({@link org.lvzhi.suggestions.SuggestionSubmitted},
 * {@link org.lvzhi.suggestions.SuggestionAnswered}, …) and read it through
 * {@link org.lvzhi.suggestions.Suggestions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Suggestions")
package org.lvzhi.suggestions;
