package org.lvzhi.oversight.reports;

import java.util.List;

import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.stereotype.Component;

/** 听取和审议专项工作报告: work reports deliberated at a sitting of the year. */
@Component
class ReportFigures implements Figure {

	private final WorkReports reports;

	ReportFigures(WorkReports reports) {
		this.reports = reports;
	}

	@Override
	public String key() {
		return "special_reports";
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public long value(int year) {
		return records(year).size();
	}

	@Override
	public List<FigureRecord> records(int year) {
		return reports.deliberatedIn(year).stream()
			.map(r -> new FigureRecord(String.valueOf(r.id()), r.title(), r.deliberatedOn(), null))
			.toList();
	}
}
