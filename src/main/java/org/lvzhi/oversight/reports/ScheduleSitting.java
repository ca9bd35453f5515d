package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the sitting that hears the report. The document deadlines are counted back from it and the
 * organ is told when its draft is due.
 */
@Service
class ScheduleSitting {

	private final ReportStore store;
	private final ReportClock clock;

	ScheduleSitting(ReportStore store, ReportClock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional
	void schedule(WorkReportId id, Integer version, LocalDate sitting) {
		if (sitting == null) {
			throw new OversightException("oversight.error.sittingRequired");
		}
		WorkReport r = store.load(id, version);
		ReportSnapshot before = ReportSnapshot.of(r);
		r.schedule(sitting, clock.draftDue(sitting), clock.reportDue(sitting), clock.membersDue(sitting));
		WorkReport saved = store.save(r, "scheduled", before);
		store.notify(saved, List.of(ReportStore.organ(saved)), "scheduled", sitting, saved.draftDue);
	}
}
