package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.notifications.NotificationRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every working morning: organs whose handling report is overdue are reminded (and the office told),
 * and the office is reminded of deliberation opinions not yet handed over in time.
 */
@Component
class ReportReminders {

	private final WorkReports reports;
	private final Deadlines deadlines;
	private final ApplicationEventPublisher events;

	ReportReminders(WorkReports reports, Deadlines deadlines, ApplicationEventPublisher events) {
		this.reports = reports;
		this.deadlines = deadlines;
		this.events = events;
	}

	@SchedulerLock(name = "oversight.report-reminders", lockAtLeastFor = "PT5M")
	@Scheduled(cron = "${lvzhi.oversight.reminder-cron:0 35 8 * * *}", zone = "Asia/Shanghai")
	void everyWorkingMorning() {
		if (deadlines.isWorkingDay(deadlines.today())) {
			remind(deadlines.today());
		}
	}

	/** @return how many reminders were sent */
	@Transactional
	int remind(LocalDate today) {
		int sent = 0;
		for (ReportView r : reports.handlingOverdue(today)) {
			events.publishEvent(new NotificationRequested(List.of("org:" + r.organId(), ReportStore.OFFICE),
					"oversight.notice.handlingOverdue", List.of(r.title(), String.valueOf(r.handlingDue())),
					"/oversight/reports/" + r.id(), "oversight.report.overdue", "report:" + r.id()));
			sent++;
		}
		for (ReportView r : reports.opinionsOverdue(today)) {
			events.publishEvent(new NotificationRequested(List.of(ReportStore.OFFICE), "oversight.notice.opinionsOverdue",
					List.of(r.title(), String.valueOf(r.opinionsDue())), "/oversight/reports/" + r.id(),
					"oversight.report.overdue", "report:" + r.id()));
			sent++;
		}
		return sent;
	}
}
