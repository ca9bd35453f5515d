package org.lvzhi.deadlines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One year of the calendar as the year page shows it: the listed days and the working days per month.
 *
 * @param covered whether the year's official schedule is loaded (otherwise only weekends are off)
 */
record CalendarYearView(int year, boolean covered, List<DayRow> days, List<MonthRow> months, int workingDays,
		int daysOff) {

	record DayRow(LocalDate date, boolean dayOff, String name) {
	}

	record MonthRow(int month, int workingDays, int daysOff) {
	}

	static CalendarYearView of(CalendarSnapshot calendar, int year, boolean english) {
		List<DayRow> days = calendar.days().values().stream()
			.filter(day -> day.date().getYear() == year)
			.sorted(java.util.Comparator.comparing(CalendarDay::date))
			.map(day -> new DayRow(day.date(), day.kind() == DayKind.DAY_OFF, day.name(english)))
			.toList();
		List<MonthRow> months = new ArrayList<>(12);
		int working = 0;
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			int inMonth = 0;
			for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
				if (calendar.isWorkingDay(d)) {
					inMonth++;
				}
			}
			months.add(new MonthRow(m, inMonth, month.lengthOfMonth() - inMonth));
			working += inMonth;
		}
		return new CalendarYearView(year, calendar.years().contains(year), days, months, working,
				LocalDate.of(year, 12, 31).getDayOfYear() - working);
	}
}
