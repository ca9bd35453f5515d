package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.suggestions.BillId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An organ reports how it handled the bill it was handed. */
@Service
class RecordOrganReport {

	private final BillStore store;

	RecordOrganReport(BillStore store) {
		this.store = store;
	}

	@Transactional
	void record(BillId id, int version, OrganizationId organ, String text, LocalDate on) {
		Bill b = store.load(id, version);
		BillSnapshot before = BillSnapshot.of(b);
		b.recordOrganReport(organ, text, on);
		Bill saved = store.save(b, "organReported", before);
		store.notify(saved, List.of(BillStore.OFFICE), "organReported");
	}
}
