package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office records the special committee's report on the bill and what it recommends. */
@Service
class RecordCommitteeReport {

	private final BillStore store;

	RecordCommitteeReport(BillStore store) {
		this.store = store;
	}

	@Transactional
	void record(BillId id, int version, String text, BillOutcome recommendation, LocalDate on) {
		Bill b = store.load(id, version);
		BillSnapshot before = BillSnapshot.of(b);
		b.recordCommitteeReport(text, recommendation, on);
		Bill saved = store.save(b, "committeeReported", before);
		store.notify(saved, List.of(BillStore.OFFICE), "committeeReported");
	}
}
