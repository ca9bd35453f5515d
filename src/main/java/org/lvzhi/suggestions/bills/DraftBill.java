package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.BillContent;
import org.lvzhi.suggestions.BillId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deputy writes a bill and names the deputies she asks to sign it; each of them is told and
 * signs from her own account.
 */
@Service
class DraftBill {

	static final int MAX_TITLE = 200;

	private final BillStore store;
	private final BillDeputies deputies;

	DraftBill(BillStore store, BillDeputies deputies) {
		this.store = store;
		this.deputies = deputies;
	}

	/** @throws BillException when a part is missing or a co-signer is not a deputy of the same congress */
	@Transactional
	BillId draft(PersonId lead, BillContent content, List<PersonId> coSigners, LocalDate on) {
		if (content.title() == null || content.title().isBlank() || content.title().strip().length() > MAX_TITLE) {
			throw new BillException("bills.error.title", MAX_TITLE);
		}
		if (content.grounds() == null || content.grounds().isBlank()) {
			throw new BillException("bills.error.grounds");
		}
		if (content.proposal() == null || content.proposal().isBlank()) {
			throw new BillException("bills.error.proposal");
		}
		OrganizationId congress = deputies.commonCongress(lead, coSigners, on);
		Bill saved = store.save(Bill.draft(lead, congress, content, coSigners, on), "drafted", null);
		store.notify(saved, saved.signers().stream().map(s -> "person:" + s.personId()).toList(), "signatureRequested");
		return saved.id();
	}
}
