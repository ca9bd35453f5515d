package org.lvzhi.demo;

import java.time.LocalDate;

import org.lvzhi.reporting.AnnualReports;
import org.springframework.stereotype.Component;

/**
 * The 2023 work report, written from the template with every figure counted from the demo world's
 * records, frozen and published as the committee would before the congress's session of February
 * 2024. Runs after every part that holds records of 2023.
 */
@Component
class TaiyuanAnnualReport implements DemoContributor {

	static final LocalDate REPORT_DATE = LocalDate.of(2024, 2, 28);

	private final AnnualReports reports;

	TaiyuanAnnualReport(AnnualReports reports) {
		this.reports = reports;
	}

	@Override
	public int order() {
		return 990;
	}

	@Override
	public String name() {
		return "annual-report";
	}

	@Override
	public void contribute(DemoContext context) {
		String office = "办公厅研究室";
		reports.start(2023, office);
		reports.date(2023, REPORT_DATE, office);
		reports.freeze(2023, office);
		reports.publish(2023);
	}
}
