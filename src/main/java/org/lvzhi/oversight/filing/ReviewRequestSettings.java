package org.lvzhi.oversight.filing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The citizens' review requests ({@code lvzhi.oversight.filing.*}).
 *
 * @param requestsPerHour review requests one client address may send per hour through the public form (5)
 */
@ConfigurationProperties("lvzhi.oversight.filing")
record ReviewRequestSettings(Integer requestsPerHour) {

	ReviewRequestSettings {
		requestsPerHour = requestsPerHour == null || requestsPerHour < 1 ? 5 : requestsPerHour;
	}
}
