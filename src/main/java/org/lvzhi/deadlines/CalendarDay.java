package org.lvzhi.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * One listed day of an official schedule.
 *
 * @param scheduleYear the year whose schedule lists the day: New Year's Day's days in late December
 *     are published with the next year's schedule
 * @param nameEn the English holiday name, or {@code null} when only the Chinese one is known
 */
record CalendarDay(LocalDate date, int scheduleYear, DayKind kind, String nameZh, String nameEn) {

	static final String NEW_YEAR_ZH = "元旦";

	static CalendarDay of(LocalDate date, DayKind kind, String nameZh, String nameEn) {
		return new CalendarDay(date, scheduleYear(date, nameZh), kind, nameZh, nameEn);
	}

	static int scheduleYear(LocalDate date, String nameZh) {
		return date.getMonth() == Month.DECEMBER && NEW_YEAR_ZH.equals(nameZh) ? date.getYear() + 1
				: date.getYear();
	}

	static boolean weekend(LocalDate date) {
		DayOfWeek d = date.getDayOfWeek();
		return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
	}

	String name(boolean english) {
		return english && nameEn != null ? nameEn : nameZh;
	}
}
