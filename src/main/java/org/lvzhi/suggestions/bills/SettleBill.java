package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.deadlines.DeadlinePeriod;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standing committee decides what follows the committee's report: deliberation at a sitting,
 * the legislative plan, or organs that each report within 3 months (a setting).
 */
@Service
class SettleBill {

	private final BillStore store;
	private final Directory directory;
	private final Deadlines deadlines;
	private final BillSettings settings;

	SettleBill(BillStore store, Directory directory, Deadlines deadlines, BillSettings settings) {
		this.store = store;
		this.directory = directory;
		this.deadlines = deadlines;
		this.settings = settings;
	}

	@Transactional
	void settle(BillId id, int version, BillOutcome outcome, String note, List<OrganizationId> organs, LocalDate on) {
		for (OrganizationId o : organs) {
			if (directory.organization(o).isEmpty()) {
				throw new BillException("bills.error.unknownOrgan", o.value());
			}
		}
		Bill b = store.load(id, version);
		BillSnapshot before = BillSnapshot.of(b);
		LocalDate due = deadlines.dueDate(on, DeadlinePeriod.months(settings.organReportMonths())).date();
		b.settle(outcome, note, outcome == BillOutcome.HANDED ? organs : List.of(), on, due);
		Bill saved = store.save(b, "settled", before);
		store.notify(saved, saved.organs().stream().map(o -> "org:" + o.organizationId()).toList(), "handed");
	}
}
