package org.lvzhi.deadlines;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

/** Writes schedules year by year and makes the in-memory calendar reload after the commit. */
@Component
class ScheduleWriter {

	private final CalendarStore store;
	private final WorkingDayCalendar calendar;
	private final Clock clock;

	ScheduleWriter(CalendarStore store, WorkingDayCalendar calendar, Clock clock) {
		this.store = store;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Replaces every year of the schedule; the caller holds the transaction. */
	List<YearCount> write(Schedule schedule, CalendarSource source, String actor, String fileName) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<YearCount> counts = schedule.counts();
		for (YearCount count : counts) {
			store.replaceYear(new YearSource(count.year(), source, actor, now, fileName, count.daysOff(),
					count.makeUpWorkingDays()), schedule.years().get(count.year()));
		}
		calendar.changed();
		return counts;
	}
}
