package org.lvzhi.suggestions.bills;

import java.time.LocalDate;

import org.lvzhi.suggestions.BillId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office records that the bill's deliberation is finished (审议完毕); the date counts for the report. */
@Service
class CompleteBill {

	private final BillStore store;

	CompleteBill(BillStore store) {
		this.store = store;
	}

	@Transactional
	void complete(BillId id, int version, String note, LocalDate on) {
		Bill b = store.load(id, version);
		BillSnapshot before = BillSnapshot.of(b);
		b.complete(note, on);
		store.save(b, "completed", before);
	}
}
