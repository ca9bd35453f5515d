package org.lvzhi.oversight.reports;

import java.time.LocalDate;

import org.lvzhi.oversight.WorkReportId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that the sitting deliberated the report, with the draft deliberation opinions; they must be
 * handed to the organ within the statutory days from then.
 */
@Service
class DeliberateReport {

	private final ReportStore store;
	private final ReportClock clock;

	DeliberateReport(ReportStore store, ReportClock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional
	void deliberate(WorkReportId id, Integer version, String opinions, LocalDate on) {
		WorkReport r = store.load(id, version);
		ReportSnapshot before = ReportSnapshot.of(r);
		r.deliberate(opinions, on, clock.opinionsDue(on));
		store.save(r, "deliberated", before);
	}
}
