package org.lvzhi.legislation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar years as the report counts them: in China time. */
final class LegislationYears {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private LegislationYears() {
	}

	static Instant start(int year) {
		return LocalDate.of(year, 1, 1).atStartOfDay(CHINA).toInstant();
	}
}
