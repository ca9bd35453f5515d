package org.lvzhi.suggestions.bills;

import java.time.LocalDate;

import org.lvzhi.suggestions.BillId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The presidium lists the bill on the session's agenda (列入会议议程). */
@Service
class ListBill {

	private final BillStore store;

	ListBill(BillStore store) {
		this.store = store;
	}

	@Transactional
	void list(BillId id, int version, String note, LocalDate on) {
		Bill b = store.load(id, version);
		BillSnapshot before = BillSnapshot.of(b);
		b.list(note, on);
		store.save(b, "listed", before);
	}
}
