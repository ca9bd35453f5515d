package org.lvzhi.suggestions;

import java.time.LocalDate;

/**
 * A line of a suggestion list.
 *
 * @param leadUnitId the lead unit (or first split unit), or {@code null} before assignment
 * @param due the answer due date while units handle it, else the feedback due date while the
 *     deputy's rating is awaited, else {@code null}
 */
public record SuggestionListItem(long id, String number, int year, String title, String category,
		SuggestionState state, boolean key, long leadDeputyId, Long leadUnitId, LocalDate submittedOn, LocalDate due,
		boolean overdue) {
}
