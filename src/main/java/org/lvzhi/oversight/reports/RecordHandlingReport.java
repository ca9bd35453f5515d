package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.oversight.WorkReportId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organ's report on how it studied and handled the deliberation opinions (研究处理情况报告). */
@Service
class RecordHandlingReport {

	private final ReportStore store;

	RecordHandlingReport(ReportStore store) {
		this.store = store;
	}

	@Transactional
	void record(WorkReportId id, Integer version, String text, LocalDate on) {
		WorkReport r = store.load(id, version);
		ReportSnapshot before = ReportSnapshot.of(r);
		r.recordHandling(text, on);
		WorkReport saved = store.save(r, "handled", before);
		store.notify(saved, List.of(ReportStore.OFFICE), "handled", on);
	}
}
