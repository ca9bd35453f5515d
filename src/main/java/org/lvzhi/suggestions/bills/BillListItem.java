package org.lvzhi.suggestions.bills;

import java.time.LocalDate;

/** A line of a bill list. */
public record BillListItem(long id, String number, String title, BillState state, int year, long leadDeputyId,
		Long committeeId, String outcome, LocalDate filedOn, LocalDate completedOn) {
}
