package org.lvzhi.deadlines;

import java.time.LocalDate;

/**
 * Steps through days on one snapshot and remembers whether it stepped on a day of a year whose
 * schedule is unknown, so that every answer can say it is an estimate.
 */
final class DayWalker {

	private final CalendarSnapshot calendar;
	private boolean estimated;

	DayWalker(CalendarSnapshot calendar) {
		this.calendar = calendar;
	}

	boolean isWorkingDay(LocalDate date) {
		if (!calendar.covers(date)) {
			estimated = true;
		}
		return calendar.isWorkingDay(date);
	}

	/** The date itself when it is a working day, otherwise the next working day after it. */
	LocalDate onOrAfter(LocalDate date) {
		LocalDate d = date;
		while (!isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** The {@code count}-th working day after {@code start}, not counting {@code start}. */
	LocalDate workingDaysAfter(LocalDate start, int count) {
		LocalDate d = start;
		int counted = 0;
		while (counted < count) {
			d = d.plusDays(1);
			if (isWorkingDay(d)) {
				counted++;
			}
		}
		return d;
	}

	/** Working days in the interval ({@code from}, {@code to}]; 0 when {@code to} is not after {@code from}. */
	int workingDaysBetween(LocalDate from, LocalDate to) {
		int counted = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				counted++;
			}
		}
		return counted;
	}

	boolean estimated() {
		return estimated;
	}
}
