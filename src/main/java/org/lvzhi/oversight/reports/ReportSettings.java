package org.lvzhi.oversight.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The statutory numbers of the work-report workflow ({@code lvzhi.oversight.reports.*}); defaults
 * follow DESIGN §3 (监督法 and the local rules used as comparators).
 *
 * @param draftDaysBefore the draft reaches the preparing committee this many days before the sitting (20)
 * @param reportDaysBefore the report reaches the standing committee this many days before (10)
 * @param membersDaysBefore the report is sent to the members this many days before (7)
 * @param opinionsWithinDays deliberation opinions are handed to the organ within these days (10)
 * @param handlingWithinMonths the organ's handling report is due within these months (3)
 */
@ConfigurationProperties("lvzhi.oversight.reports")
record ReportSettings(Integer draftDaysBefore, Integer reportDaysBefore, Integer membersDaysBefore,
		Integer opinionsWithinDays, Integer handlingWithinMonths) {

	ReportSettings {
		draftDaysBefore = draftDaysBefore == null ? 20 : draftDaysBefore;
		reportDaysBefore = reportDaysBefore == null ? 10 : reportDaysBefore;
		membersDaysBefore = membersDaysBefore == null ? 7 : membersDaysBefore;
		opinionsWithinDays = opinionsWithinDays == null ? 10 : opinionsWithinDays;
		handlingWithinMonths = handlingWithinMonths == null ? 3 : handlingWithinMonths;
	}
}
