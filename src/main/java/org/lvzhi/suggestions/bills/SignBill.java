package org.lvzhi.suggestions.bills;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.BillId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A deputy the lead deputy listed signs the bill from her own account (联名). */
@Service
class SignBill {

	private final BillStore store;
	private final BillDeputies deputies;

	SignBill(BillStore store, BillDeputies deputies) {
		this.store = store;
		this.deputies = deputies;
	}

	@Transactional
	void sign(BillId id, int version, PersonId deputy, LocalDate on) {
		Bill b = store.load(id, version);
		// The seat may have ended since the draft was written.
		if (b.listsSigner(deputy) && !deputies.sitsIn(deputy, b.congress(), on)) {
			throw new BillException("bills.error.notDeputy", deputies.name(deputy));
		}
		BillSnapshot before = BillSnapshot.of(b);
		b.sign(deputy, on);
		store.save(b, "signed", before);
	}
}
