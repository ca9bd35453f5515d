package org.lvzhi.oversight.reports;

import java.time.LocalDate;

import org.lvzhi.deadlines.DeadlinePeriod;
import org.lvzhi.deadlines.Deadlines;
import org.springframework.stereotype.Component;

/**
 * The statutory clock of a work report on the working-day calendar. Before the sitting it counts
 * back: a document due "20 days before" a sitting must arrive on the 20th day before it, and when
 * that day is a day off, on the working day before it, since nobody receives papers on a holiday.
 * After the sitting it counts forward, with the deadline service's rules (民法典 articles 201–203).
 */
@Component
class ReportClock {

	private final Deadlines deadlines;
	private final ReportSettings settings;

	ReportClock(Deadlines deadlines, ReportSettings settings) {
		this.deadlines = deadlines;
		this.settings = settings;
	}

	LocalDate draftDue(LocalDate sitting) {
		return back(sitting, settings.draftDaysBefore());
	}

	LocalDate reportDue(LocalDate sitting) {
		return back(sitting, settings.reportDaysBefore());
	}

	LocalDate membersDue(LocalDate sitting) {
		return back(sitting, settings.membersDaysBefore());
	}

	LocalDate opinionsDue(LocalDate deliberated) {
		return deadlines.dueDate(deliberated, DeadlinePeriod.calendarDays(settings.opinionsWithinDays())).date();
	}

	LocalDate handlingDue(LocalDate opinionsSent) {
		return deadlines.dueDate(opinionsSent, DeadlinePeriod.months(settings.handlingWithinMonths())).date();
	}

	LocalDate today() {
		return deadlines.today();
	}

	private LocalDate back(LocalDate sitting, int days) {
		LocalDate day = sitting.minusDays(days);
		for (int guard = 0; guard < 40 && !deadlines.isWorkingDay(day); guard++) {
			day = day.minusDays(1);
		}
		return day;
	}
}
