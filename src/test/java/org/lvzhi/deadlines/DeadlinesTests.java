package org.lvzhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.deadlines.DeadlineStatus.State;
import org.springframework.beans.factory.annotation.Autowired;

/** Real periods around the 2023 Spring Festival and the 2023 Mid-autumn and National Day holiday. */
@IntegrationTest
class DeadlinesTests {

	@Autowired
	Deadlines deadlines;

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void fifteenWorkingDaysFromMidJanuaryStepOverTheSpringFestivalAndCountTheMakeUpWeekend() {
		DueDate due = deadlines.dueDate(d("2023-01-16"), DeadlinePeriod.workingDays(15));

		assertThat(due.date()).isEqualTo(d("2023-02-09"));
		assertThat(due.estimated()).isFalse();
	}

	@Test
	void sevenWorkingDaysBeforeNationalDayEndAfterTheHoliday() {
		assertThat(deadlines.dueDate(d("2023-09-27"), DeadlinePeriod.workingDays(7)).date()).isEqualTo(d("2023-10-12"));
	}

	@Test
	void theStartDayIsNotCounted() {
		// Monday 2023-03-06: one working day later is Tuesday, not Monday itself.
		assertThat(deadlines.dueDate(d("2023-03-06"), DeadlinePeriod.workingDays(1)).date()).isEqualTo(d("2023-03-07"));
		assertThat(deadlines.dueDate(d("2023-03-06"), DeadlinePeriod.calendarDays(1)).date()).isEqualTo(d("2023-03-07"));
	}

	@Test
	void threeMonthsEndingInTheNationalDayHolidayMoveToTheNextWorkingDay() {
		// 2023-10-06 is a day off; the next day is a make-up working Saturday.
		assertThat(deadlines.dueDate(d("2023-07-06"), DeadlinePeriod.months(3)).date()).isEqualTo(d("2023-10-07"));
	}

	@Test
	void monthsWithoutTheCorrespondingDayEndOnTheLastDayOfTheMonth() {
		assertThat(deadlines.dueDate(d("2023-11-30"), DeadlinePeriod.months(3)).date()).isEqualTo(d("2024-02-29"));
		assertThat(deadlines.dueDate(d("2023-01-31"), DeadlinePeriod.months(1)).date()).isEqualTo(d("2023-02-28"));
	}

	@Test
	void calendarDaysEndingInTheSpringFestivalMoveToTheMakeUpWorkingSaturday() {
		assertThat(deadlines.dueDate(d("2023-01-15"), DeadlinePeriod.calendarDays(10)).date()).isEqualTo(d("2023-01-28"));
	}

	@Test
	void thirtyDaysEndingOnAnOrdinarySundayMoveToMonday() {
		// 2023-03-01 + 30 days = Friday 2023-03-31 stays; 2023-03-03 + 30 days = Sunday 2023-04-02 moves.
		assertThat(deadlines.dueDate(d("2023-03-01"), DeadlinePeriod.calendarDays(30)).date()).isEqualTo(d("2023-03-31"));
		assertThat(deadlines.dueDate(d("2023-03-03"), DeadlinePeriod.calendarDays(30)).date()).isEqualTo(d("2023-04-03"));
	}

	@Test
	void workingDaysLeftCountFromTheDayAfterUpToTheDueDate() {
		DeadlineStatus status = deadlines.status(d("2023-02-09"), d("2023-01-20"));

		assertThat(status.state()).isEqualTo(State.REMAINING);
		assertThat(status.workingDays()).isEqualTo(11);
	}

	@Test
	void onTheDueDateTheDeadlineIsDueToday() {
		DeadlineStatus status = deadlines.status(d("2023-02-09"), d("2023-02-09"));

		assertThat(status.state()).isEqualTo(State.DUE_TODAY);
		assertThat(status.workingDays()).isZero();
	}

	@Test
	void overdueIsCountedInWorkingDaysIncludingMakeUpWorkingDays() {
		DeadlineStatus afterWeekend = deadlines.status(d("2023-02-09"), d("2023-02-13"));
		DeadlineStatus afterNationalDay = deadlines.status(d("2023-09-28"), d("2023-10-09"));

		assertThat(afterWeekend.state()).isEqualTo(State.OVERDUE);
		assertThat(afterWeekend.workingDays()).isEqualTo(2);
		assertThat(afterNationalDay.overdue()).isTrue();
		assertThat(afterNationalDay.workingDays()).isEqualTo(3);
	}

	@Test
	void aDueDateOnADayOffIsNotOverdueBeforeTheNextWorkingDay() {
		DeadlineStatus status = deadlines.status(d("2023-10-01"), d("2023-10-05"));

		assertThat(status.due()).isEqualTo(d("2023-10-07"));
		assertThat(status.state()).isEqualTo(State.REMAINING);
		assertThat(status.workingDays()).isEqualTo(1);
	}

	@Test
	void makeUpWeekendsAreWorkingDaysAndHolidayWeekdaysAreNot() {
		assertThat(deadlines.isWorkingDay(d("2023-01-28"))).isTrue();
		assertThat(deadlines.isWorkingDay(d("2023-10-08"))).isTrue();
		assertThat(deadlines.isWorkingDay(d("2023-01-23"))).isFalse();
		assertThat(deadlines.isWorkingDay(d("2023-01-21"))).isFalse();
		assertThat(deadlines.isWorkingDay(d("2023-03-08"))).isTrue();
		assertThat(deadlines.nextWorkingDay(d("2023-09-28"))).isEqualTo(d("2023-10-07"));
		assertThat(deadlines.workingDaysBetween(d("2023-01-20"), d("2023-01-31"))).isEqualTo(4);
	}

	@Test
	void datesBeyondTheLoadedCalendarCountWeekendsOnlyAndSaySo() {
		DueDate due = deadlines.dueDate(d("2098-12-31"), DeadlinePeriod.workingDays(5));
		DeadlineStatus status = deadlines.status(d("2098-01-05"), d("2097-12-31"));

		// 2098-12-31 is a Wednesday; without a schedule New Year's Day is a working day.
		assertThat(due.date()).isEqualTo(d("2099-01-07"));
		assertThat(due.estimated()).isTrue();
		assertThat(status.estimated()).isTrue();
		assertThat(deadlines.covers(d("2098-06-01"))).isFalse();
		assertThat(deadlines.covers(d("2023-06-01"))).isTrue();
		assertThat(deadlines.dueDate(d("1990-05-01"), DeadlinePeriod.months(1)).estimated()).isTrue();
	}

	@Test
	void periodsOutOfRangeAreRefusedWithAMessage() {
		assertThatThrownBy(() -> DeadlinePeriod.workingDays(0)).isInstanceOf(DeadlineException.class)
			.hasMessage("deadlines.error.amount");
		assertThatThrownBy(() -> DeadlinePeriod.months(121)).isInstanceOf(DeadlineException.class);
	}
}
