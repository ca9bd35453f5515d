package org.lvzhi.oversight.reports;

import java.time.LocalDate;

import org.lvzhi.oversight.WorkReportId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the day the draft, the report, or the members' copies went out; a late day stays flagged. */
@Service
class ReceiveDocument {

	private final ReportStore store;

	ReceiveDocument(ReportStore store) {
		this.store = store;
	}

	@Transactional
	void receive(WorkReportId id, Integer version, String document, LocalDate on) {
		WorkReport r = store.load(id, version);
		ReportSnapshot before = ReportSnapshot.of(r);
		r.receive(document, on);
		store.save(r, "received." + document, before);
	}
}
