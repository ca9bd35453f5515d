package org.lvzhi.audit;

import java.util.Objects;

/**
 * A state change worth recording. Publish it with the application event publisher inside the
 * transaction that makes the change: the entry is written in that same transaction, so a change
 * is never saved without its log line, nor logged when it was rolled back.
 *
 * @param action what was done, e.g. {@code directory.person.created}
 * @param subjectType the kind of record, e.g. {@code Person}
 * @param subjectId the record's ID
 * @param summary a short human-readable description (stored as written)
 * @param before the state before the change, or {@code null} when the record is new
 * @param after the state after the change, or {@code null} when it was removed
 */
public record AuditEvent(String action, String subjectType, String subjectId, String summary, Object before,
		Object after) {

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subjectType, "subjectType");
	}

	public static AuditEvent created(String action, String subjectType, Object id, String summary, Object after) {
		return new AuditEvent(action, subjectType, String.valueOf(id), summary, null, after);
	}

	public static AuditEvent changed(String action, String subjectType, Object id, String summary, Object before,
			Object after) {
		return new AuditEvent(action, subjectType, String.valueOf(id), summary, before, after);
	}
}
