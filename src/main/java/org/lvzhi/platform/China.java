package org.lvzhi.platform;

import java.time.ZoneId;

/**
 * The time zone every date in Lvzhi is read in.
 */
public final class China {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private China() {
	}
}
