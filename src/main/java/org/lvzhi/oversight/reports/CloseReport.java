package org.lvzhi.oversight.reports;

import java.time.LocalDate;

import org.lvzhi.oversight.WorkReportId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accepts the handling report and ends the oversight of the report, with an optional follow-up note. */
@Service
class CloseReport {

	private final ReportStore store;

	CloseReport(ReportStore store) {
		this.store = store;
	}

	@Transactional
	void close(WorkReportId id, Integer version, String followUp, LocalDate on) {
		WorkReport r = store.load(id, version);
		ReportSnapshot before = ReportSnapshot.of(r);
		r.close(followUp, on);
		store.save(r, "closed", before);
	}
}
