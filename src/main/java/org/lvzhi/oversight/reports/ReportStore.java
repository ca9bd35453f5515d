package org.lvzhi.oversight.reports;

import java.util.List;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.notifications.NotificationRequested;
import org.lvzhi.notifications.NotificationsSettled;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Loads and saves work reports for the use cases; every save writes its audit entry in the
 * caller's transaction, so that no move is stored without its trace.
 */
@Component
class ReportStore {

	/** The offices that run oversight: the general office keeps the plan and the sittings' papers. */
	static final String OFFICE = "office:GENERAL_OFFICE";

	private final WorkReportRepository repository;
	private final ApplicationEventPublisher events;
	private final ReportIndex index;

	ReportStore(WorkReportRepository repository, ApplicationEventPublisher events, ReportIndex index) {
		this.repository = repository;
		this.events = events;
		this.index = index;
	}

	WorkReport load(WorkReportId id) {
		return repository.findById(id.value())
			.orElseThrow(() -> new OversightException("oversight.error.notFound", id.value()));
	}

	/** The report as the editor saw it; a later change by someone else wins and this one is refused. */
	WorkReport load(WorkReportId id, Integer expectedVersion) {
		WorkReport r = load(id);
		if (expectedVersion != null && !expectedVersion.equals(r.version)) {
			throw new OptimisticLockingFailureException("Work report " + id + " is at version " + r.version);
		}
		return r;
	}

	WorkReport save(WorkReport r, String action, ReportSnapshot before) {
		WorkReport saved = repository.save(r);
		events.publishEvent(new AuditEvent("oversight.report." + action, "WorkReport", String.valueOf(saved.id),
				saved.title, before, ReportSnapshot.of(saved)));
		index.changed(saved.id);
		String[] settled = settledBy(action);
		if (settled.length > 0) {
			events.publishEvent(NotificationsSettled.of(subject(saved),
					java.util.Arrays.stream(settled).map(w -> "oversight.report." + w).toArray(String[]::new)));
		}
		return saved;
	}

	/**
	 * The notices a move settles because it is what they asked for: the handing over answers the
	 * reminder that the opinions are late, the organ's handling report answers the opinions, the
	 * reminders and a request to report again, and the office's closing answers the handling report.
	 */
	static String[] settledBy(String action) {
		return switch (action) {
			case "opinionsSent" -> new String[] { "overdue" };
			case "handled" -> new String[] { "opinionsSent", "overdue", "rework" };
			case "closed", "voteClosed" -> new String[] { "handled" };
			default -> new String[0];
		};
	}

	static String subject(WorkReport r) {
		return "report:" + r.id;
	}

	void notify(WorkReport r, List<String> recipients, String what, Object... args) {
		List<String> values = new java.util.ArrayList<>();
		values.add(r.title);
		for (Object a : args) {
			values.add(String.valueOf(a));
		}
		events.publishEvent(new NotificationRequested(recipients, "oversight.notice." + what, values,
				"/oversight/reports/" + r.id, "oversight.report." + what, subject(r)));
	}

	static String organ(WorkReport r) {
		return "org:" + r.organId;
	}
}
