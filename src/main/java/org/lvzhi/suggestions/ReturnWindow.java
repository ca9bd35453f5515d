package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.deadlines.DeadlinePeriod;
import org.lvzhi.deadlines.Deadlines;

/**
 * A unit may ask to be relieved of a wrong assignment only within a few working days of it
 * ({@code lvzhi.suggestions.return-working-days}); after that it handles what it was given.
 */
record ReturnWindow(Deadlines deadlines, int workingDays) {

	/** The last day a unit assigned on {@code assignedOn} may still ask. */
	LocalDate lastDay(LocalDate assignedOn) {
		return deadlines.dueDate(assignedOn, DeadlinePeriod.workingDays(workingDays)).date();
	}

	boolean openOn(LocalDate assignedOn, LocalDate on) {
		return !on.isAfter(lastDay(assignedOn));
	}

	void requireOpen(LocalDate assignedOn, LocalDate on) {
		if (!openOn(assignedOn, on)) {
			throw new SuggestionException("suggestions.error.returnTooLate");
		}
	}
}
