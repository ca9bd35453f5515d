/**
 * Deputies' suggestions (代表建议) and bills (议案) from the draft to their implementation:
 * screening, assignment to handling units, the units' contacts, views and answers, the deputy's
 * rating, re-handling and follow-up. The root holds what other modules use: the aggregate and its
 * typed ID, the use cases per verb, the events ({@link org.lvzhi.suggestions.SuggestionSubmitted},
 * {@link org.lvzhi.suggestions.SuggestionRejected}, {@link org.lvzhi.suggestions.BillFiled}), the
 * reads ({@link org.lvzhi.suggestions.Suggestions}, {@link org.lvzhi.suggestions.BillWorkflow}) and
 * the views they return; the deputy's and the public pages live here too for now.
 * Internal sub-packages: {@code handling} (the office's and units' pages, the assignment meeting),
 * {@code statistics}, {@code search} (search pages, the index documents, routing hints), {@code io}
 * (import of a session's suggestions, list and dossier exports), {@code bills}, {@code picking} and
 * {@code numbering}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Suggestions")
package org.lvzhi.suggestions;
