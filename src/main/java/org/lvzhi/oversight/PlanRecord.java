package org.lvzhi.oversight;

import java.time.LocalDate;

/**
 * A record that can carry out a plan item: its ID within its kind, title and, when known, the
 * reporting organ, the committee or body in charge, and its day (the sitting, the start …).
 */
public record PlanRecord(PlanItemKind kind, long id, String title, Long organId, Long committeeId, String leadBody,
		LocalDate on) {
}
