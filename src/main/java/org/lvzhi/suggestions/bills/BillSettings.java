package org.lvzhi.suggestions.bills;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The statutory numbers of the bill workflow ({@code lvzhi.bills.*}); defaults follow DESIGN §3.
 *
 * @param minimumDeputies deputies who must sign a bill, the lead deputy included (10)
 * @param committeeReportMonths the special committee reports within these months of the referral (3)
 * @param organReportMonths organs report within these months of being handed the bill (3)
 */
@ConfigurationProperties("lvzhi.bills")
record BillSettings(Integer minimumDeputies, Integer committeeReportMonths, Integer organReportMonths) {

	BillSettings {
		minimumDeputies = minimumDeputies == null ? 10 : minimumDeputies;
		committeeReportMonths = committeeReportMonths == null ? 3 : committeeReportMonths;
		organReportMonths = organReportMonths == null ? 3 : organReportMonths;
	}
}
