package org.lvzhi.suggestions.bills;

import java.util.List;

import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.stereotype.Component;

/** 议案审议完毕: bills whose deliberation finished in the year. */
@Component
class BillsFigure implements Figure {

	private final Bills bills;

	BillsFigure(Bills bills) {
		this.bills = bills;
	}

	@Override
	public String key() {
		return "bills_processed";
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public long value(int year) {
		return records(year).size();
	}

	@Override
	public List<FigureRecord> records(int year) {
		return bills.completedIn(year).stream()
			.map(b -> FigureRecord.onPublicPage(String.valueOf(b.id()), b.number() + " " + b.title(), b.completedOn(),
					"/public/bills/" + b.id()))
			.toList();
	}
}
