package org.lvzhi.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.stereotype.Service;

/**
 * The deadline service: counts statutory periods on China's working-day calendar. Other modules call
 * it for "answer within 3 months of assignment", "feedback within 15 working days" and the like.
 *
 * <p>The rules are those of 民法典 articles 201–203:
 * <ul>
 * <li>the start day is not counted; the period begins the next day;</li>
 * <li>a period in months ends on the day of the last month that corresponds to the start day, or on
 * that month's last day when it has no such day (3 months from 30 November end on 29 February in a
 * leap year);</li>
 * <li>a period in calendar days or months whose last day is a day off (a weekend day or a holiday)
 * ends on the next working day;</li>
 * <li>a period in working days counts the working days after the start day: weekdays that are not
 * days off, and make-up working days (调休上班).</li>
 * </ul>
 *
 * <p>Days in a year whose official schedule is not loaded are counted with weekends as the only days
 * off; every answer that relied on such a day says so ({@code estimated}). No method throws for a
 * date outside the calendar. "Today" is read from the application's {@link Clock}, in China time.
 */
@Service
public class Deadlines {

	private final WorkingDayCalendar calendar;
	private final Clock clock;

	Deadlines(WorkingDayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * The last day of a period that started on {@code start}.
	 * @return the due date, always a working day
	 */
	public DueDate dueDate(LocalDate start, DeadlinePeriod period) {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(period, "period");
		DayWalker walker = walker();
		LocalDate due = switch (period.unit()) {
			case CALENDAR_DAYS -> walker.onOrAfter(start.plusDays(period.amount()));
			case MONTHS -> walker.onOrAfter(start.plusMonths(period.amount()));
			case WORKING_DAYS -> walker.workingDaysAfter(start, period.amount());
		};
		return new DueDate(start, period, due, walker.estimated());
	}

	/** Where a deadline stands today (China time). See {@link #status(LocalDate, LocalDate)}. */
	public DeadlineStatus status(LocalDate due) {
		return status(due, today());
	}

	/**
	 * Where a deadline stands on a given day. A due date that falls on a day off is first moved to the
	 * next working day, as the law moves the end of a period.
	 * @param due the last day of the period
	 * @param on the day to look from
	 * @return the working days remaining after {@code on}, due today, or the working days overdue
	 */
	public DeadlineStatus status(LocalDate due, LocalDate on) {
		Objects.requireNonNull(due, "due");
		Objects.requireNonNull(on, "on");
		DayWalker walker = walker();
		LocalDate effective = walker.onOrAfter(due);
		if (on.isBefore(effective)) {
			int left = walker.workingDaysBetween(on, effective);
			return new DeadlineStatus(effective, on, DeadlineStatus.State.REMAINING, left, walker.estimated());
		}
		if (on.isEqual(effective)) {
			return new DeadlineStatus(effective, on, DeadlineStatus.State.DUE_TODAY, 0, walker.estimated());
		}
		int late = walker.workingDaysBetween(effective, on);
		return new DeadlineStatus(effective, on, DeadlineStatus.State.OVERDUE, late, walker.estimated());
	}

	/** Whether offices work on that day: a weekday that is not a day off, or a make-up working day. */
	public boolean isWorkingDay(LocalDate date) {
		return calendar.snapshot().isWorkingDay(date);
	}

	/** The first working day after {@code date} (never {@code date} itself). */
	public LocalDate nextWorkingDay(LocalDate date) {
		return walker().onOrAfter(date.plusDays(1));
	}

	/** Working days in the interval ({@code from}, {@code to}]: after {@code from}, up to and including {@code to}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return walker().workingDaysBetween(from, to);
	}

	/** Whether the official schedule of the date's year is loaded, i.e. answers about it are exact. */
	public boolean covers(LocalDate date) {
		return calendar.snapshot().covers(date);
	}

	/** Today in China. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private DayWalker walker() {
		return new DayWalker(calendar.snapshot());
	}
}
