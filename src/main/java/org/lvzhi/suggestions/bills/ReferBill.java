package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.deadlines.DeadlinePeriod;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.suggestions.BillId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The presidium refers the bill to a special committee (交专门委员会审议), which reports within 3
 * months (a setting), counted on the working-day calendar.
 */
@Service
class ReferBill {

	private final BillStore store;
	private final Directory directory;
	private final Deadlines deadlines;
	private final BillSettings settings;

	ReferBill(BillStore store, Directory directory, Deadlines deadlines, BillSettings settings) {
		this.store = store;
		this.directory = directory;
		this.deadlines = deadlines;
		this.settings = settings;
	}

	@Transactional
	LocalDate refer(BillId id, int version, OrganizationId committee, String note, LocalDate on) {
		boolean special = committee != null && directory.organization(committee)
			.filter(o -> o.classification() == Classification.SPECIAL_COMMITTEE).isPresent();
		if (!special) {
			throw new BillException("bills.error.notSpecialCommittee");
		}
		Bill b = store.load(id, version);
		BillSnapshot before = BillSnapshot.of(b);
		LocalDate due = deadlines.dueDate(on, DeadlinePeriod.months(settings.committeeReportMonths())).date();
		b.refer(committee, note, on, due);
		Bill saved = store.save(b, "referred", before);
		store.notify(saved, List.of("org:" + committee.value()), "referred");
		return due;
	}
}
