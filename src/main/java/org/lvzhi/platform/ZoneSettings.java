package org.lvzhi.platform;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The committee's time zone.
 *
 * @param zone the zone in which the {@link java.time.Clock} bean tells the date and
 *     {@link LocalTimes} shows every stored moment ({@code lvzhi.zone}, {@code LVZHI_ZONE}); China
 *     Standard Time by default
 */
@ConfigurationProperties("lvzhi")
record ZoneSettings(ZoneId zone) {

	ZoneSettings {
		if (zone == null) {
			zone = China.ZONE;
		}
	}
}
