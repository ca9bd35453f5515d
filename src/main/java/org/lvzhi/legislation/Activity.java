package org.lvzhi.legislation;

import java.time.LocalDate;

/** A symposium, hearing or research trip, with who took part. */
record Activity(ActivityId id, ProjectId project, ActivityKind kind, LocalDate heldOn, String place,
		String participants, String summary) {
}
