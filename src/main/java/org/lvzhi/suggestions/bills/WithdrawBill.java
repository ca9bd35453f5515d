package org.lvzhi.suggestions.bills;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.BillId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lead deputy withdraws her bill before the presidium decides on it. */
@Service
class WithdrawBill {

	private final BillStore store;

	WithdrawBill(BillStore store) {
		this.store = store;
	}

	@Transactional
	void withdraw(BillId id, int version, PersonId deputy, LocalDate on) {
		Bill b = store.load(id, version);
		FileBill.requireLead(b, deputy);
		BillSnapshot before = BillSnapshot.of(b);
		b.withdraw(on);
		store.save(b, "withdrawn", before);
	}
}
