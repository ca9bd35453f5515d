package org.lvzhi.platform;

import java.time.ZoneId;

/**
 * China Standard Time, the default of the committee's zone ({@code lvzhi.zone}). Code that counts
 * dates takes the zone from the {@link java.time.Clock} bean, pages show times through
 * {@link LocalTimes}.
 */
public final class China {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private China() {
	}
}
