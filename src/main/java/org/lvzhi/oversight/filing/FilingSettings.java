package org.lvzhi.oversight.filing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The filing review and the citizens' review requests ({@code lvzhi.oversight.filing.*}). The periods
 * are those of the national rules, a province's own rules may set others.
 *
 * @param requestsPerHour review requests one client address may send per hour through the public form (5)
 * @param filingDays a regulation is filed within this many days of its publication (30)
 * @param checkDays the formal check of a filed document is done within this many days (10)
 * @param reviewMonths the review of a checked document ends within this many months (3)
 * @param answerDays the maker answers the written review opinion within this many days (30)
 */
@ConfigurationProperties("lvzhi.oversight.filing")
record FilingSettings(Integer requestsPerHour, Integer filingDays, Integer checkDays, Integer reviewMonths,
		Integer answerDays) {

	FilingSettings {
		requestsPerHour = requestsPerHour == null || requestsPerHour < 1 ? 5 : requestsPerHour;
		filingDays = filingDays == null || filingDays < 1 ? 30 : filingDays;
		checkDays = checkDays == null || checkDays < 1 ? 10 : checkDays;
		reviewMonths = reviewMonths == null || reviewMonths < 1 ? 3 : reviewMonths;
		answerDays = answerDays == null || answerDays < 1 ? 30 : answerDays;
	}
}
