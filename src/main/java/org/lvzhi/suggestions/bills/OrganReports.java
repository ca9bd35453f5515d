package org.lvzhi.suggestions.bills;

import java.util.List;

/**
 * A bill handed to organs is completed only once every organ has reported how it handled it; the
 * committee cannot close the file over an organ that is still silent.
 */
final class OrganReports {

	private OrganReports() {
	}

	static void requireAllIn(List<BillOrgan> organs) {
		long waiting = organs.stream().filter(o -> !o.reported()).count();
		if (waiting > 0) {
			throw new BillException("bills.error.reportsPending", waiting);
		}
	}
}
