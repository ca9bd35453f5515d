package org.lvzhi.audit;

import java.time.LocalDate;

/**
 * Criteria for browsing the action log; every field is optional.
 */
public record AuditFilter(String actor, String action, String subjectType, String subjectId, LocalDate from,
		LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}
}
