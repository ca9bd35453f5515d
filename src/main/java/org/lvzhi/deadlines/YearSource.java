package org.lvzhi.deadlines;

import java.time.OffsetDateTime;

/** A loaded year's schedule: where it came from, who loaded it when, and what it holds. */
record YearSource(int year, CalendarSource source, String loadedBy, OffsetDateTime loadedAt, String fileName,
		int daysOff, int workingDays) {
}
