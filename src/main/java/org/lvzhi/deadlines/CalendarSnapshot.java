package org.lvzhi.deadlines;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The calendar as loaded at one moment, immutable so that a count never sees half an upload.
 *
 * @param days the listed days by date
 * @param years the years whose official schedule is loaded
 */
record CalendarSnapshot(Map<LocalDate, CalendarDay> days, Set<Integer> years) {

	CalendarSnapshot {
		days = Map.copyOf(days);
		years = Set.copyOf(years);
	}

	boolean isWorkingDay(LocalDate date) {
		CalendarDay listed = days.get(date);
		if (listed != null) {
			return listed.kind() == DayKind.WORKING_DAY;
		}
		return !CalendarDay.weekend(date);
	}

	boolean covers(LocalDate date) {
		return years.contains(date.getYear());
	}
}
