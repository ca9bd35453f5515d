package org.lvzhi.platform.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The open data API's limits and terms ({@code lvzhi.api.*}).
 *
 * @param requestsPerMinute calls to {@code /api/v1} one client address may make in a minute when
 *     not signed in (120)
 * @param staffRequestsPerMinute the same for a signed-in user (600)
 * @param maxAgeSeconds how long a public answer may be cached (300)
 * @param licence the licence the open data is published under, as a URL (CC BY 4.0 by default)
 */
@ConfigurationProperties("lvzhi.api")
public record ApiSettings(Integer requestsPerMinute, Integer staffRequestsPerMinute, Integer maxAgeSeconds,
		String licence) {

	public ApiSettings {
		requestsPerMinute = requestsPerMinute == null ? 120 : requestsPerMinute;
		staffRequestsPerMinute = staffRequestsPerMinute == null ? 600 : staffRequestsPerMinute;
		maxAgeSeconds = maxAgeSeconds == null ? 300 : maxAgeSeconds;
		licence = licence == null || licence.isBlank() ? "https://creativecommons.org/licenses/by/4.0/" : licence.strip();
		if (requestsPerMinute < 1 || staffRequestsPerMinute < 1 || maxAgeSeconds < 0) {
			throw new IllegalArgumentException("lvzhi.api: limits must be positive");
		}
	}
}
