package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lvzhi.platform.SittingItem;
import org.lvzhi.platform.SittingItems;
import org.springframework.stereotype.Component;

/**
 * Work reports at the sittings: a report scheduled for a sitting is coming to it, and so is every
 * satisfaction vote still open; a deliberated report was dealt with on its sitting day, with the
 * vote's result when one was held.
 */
@Component
class ReportsAtSittings implements SittingItems {

	private static final String KIND = "oversight.sitting.workReport";

	private final WorkReports reports;

	ReportsAtSittings(WorkReports reports) {
		this.reports = reports;
	}

	@Override
	public List<SittingItem> upcoming(LocalDate today) {
		List<SittingItem> items = new ArrayList<>();
		for (ReportView r : reports.scheduledFrom(today)) {
			items.add(new SittingItem(r.sittingDate(), true, KIND, r.title(), "oversight.report.state.SCHEDULED", link(r)));
		}
		for (ReportView r : reports.votingOpen()) {
			items.add(new SittingItem(r.sittingDate(), true, "oversight.sitting.vote", r.title(),
					"oversight.sitting.voteOpen", link(r)));
		}
		return items;
	}

	@Override
	public List<SittingItem> decided(LocalDate today, int limit) {
		return reports.deliberatedBy(today, limit).stream()
			.map(r -> new SittingItem(r.deliberatedOn(), true, KIND, r.title(),
					r.voteResult() == null ? "oversight.sitting.deliberated" : "oversight.satisfaction." + r.voteResult(),
					link(r)))
			.toList();
	}

	private static String link(ReportView r) {
		return "/oversight/reports/" + r.id();
	}
}
