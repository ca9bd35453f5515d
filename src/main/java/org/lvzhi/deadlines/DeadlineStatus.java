package org.lvzhi.deadlines;

import java.time.LocalDate;

/**
 * Where a deadline stands on a given day, counted in working days.
 *
 * @param due the last day of the period
 * @param on the day the status is taken
 * @param state remaining, due today or overdue
 * @param workingDays for {@link State#REMAINING}, the working days after {@code on} up to and including
 *     {@code due}; for {@link State#OVERDUE}, the working days after {@code due} up to and including
 *     {@code on}; 0 when due today
 * @param estimated {@code true} when the count touched a year whose official schedule is not loaded
 */
public record DeadlineStatus(LocalDate due, LocalDate on, State state, int workingDays, boolean estimated) {

	public enum State {
		REMAINING, DUE_TODAY, OVERDUE
	}

	public boolean overdue() {
		return state == State.OVERDUE;
	}
}
