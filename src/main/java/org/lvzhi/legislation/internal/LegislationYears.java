package org.lvzhi.legislation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar years as the report counts them: in China time. */
public final class LegislationYears {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private LegislationYears() {
	}

	public static Instant start(int year) {
		return LocalDate.of(year, 1, 1).atStartOfDay(CHINA).toInstant();
	}
}
