package org.lvzhi.audit;

import java.time.OffsetDateTime;

/**
 * One line of the action log, as stored.
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String subjectType,
		String subjectId, String summary, String before, String after) {
}
