package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.oversight.WorkReportId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hands the deliberation opinions to the organ, which owes its handling report within 3 months. */
@Service
class SendOpinions {

	private final ReportStore store;
	private final ReportClock clock;

	SendOpinions(ReportStore store, ReportClock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional
	void send(WorkReportId id, Integer version, LocalDate on) {
		WorkReport r = store.load(id, version);
		ReportSnapshot before = ReportSnapshot.of(r);
		r.sendOpinions(on, clock.handlingDue(on));
		WorkReport saved = store.save(r, "opinionsSent", before);
		store.notify(saved, List.of(ReportStore.organ(saved)), "opinionsSent", saved.handlingDue);
	}
}
