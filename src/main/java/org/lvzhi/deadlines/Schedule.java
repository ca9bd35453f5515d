package org.lvzhi.deadlines;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Listed days grouped by the year whose schedule published them, as read from a file. */
record Schedule(SortedMap<Integer, List<CalendarDay>> years) {

	static Schedule of(Collection<CalendarDay> days) {
		return new Schedule(new TreeMap<>(days.stream()
			.sorted(java.util.Comparator.comparing(CalendarDay::date))
			.collect(Collectors.groupingBy(CalendarDay::scheduleYear, Collectors.toList()))));
	}

	Schedule only(Set<Integer> wanted) {
		var kept = new TreeMap<Integer, List<CalendarDay>>();
		years.forEach((year, days) -> {
			if (wanted.contains(year)) {
				kept.put(year, days);
			}
		});
		return new Schedule(kept);
	}

	/** What one year's schedule amounts to, including the working days of the whole year. */
	YearCount count(int year) {
		List<CalendarDay> days = years.getOrDefault(year, List.of());
		int off = (int) days.stream().filter(d -> d.kind() == DayKind.DAY_OFF).count();
		Map<LocalDate, CalendarDay> byDate = new HashMap<>(days.stream()
			.collect(Collectors.toMap(CalendarDay::date, Function.identity())));
		CalendarSnapshot alone = new CalendarSnapshot(byDate, Set.of(year));
		int working = new DayWalker(alone).workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
		return new YearCount(year, off, days.size() - off, working);
	}

	List<YearCount> counts() {
		return years.keySet().stream().map(this::count).toList();
	}
}
