package org.lvzhi.oversight.reports;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.WorkReportClosed;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accepts the handling report and ends the oversight of the report, with an optional follow-up note. */
@Service
class CloseReport {

	private final ReportStore store;
	private final ApplicationEventPublisher events;

	CloseReport(ReportStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional
	void close(WorkReportId id, Integer version, String followUp, LocalDate on) {
		WorkReport r = store.load(id, version);
		ReportSnapshot before = ReportSnapshot.of(r);
		r.close(followUp, on);
		WorkReport saved = store.save(r, "closed", before);
		events.publishEvent(new WorkReportClosed(id, new OrganizationId(saved.organId), on));
	}
}
