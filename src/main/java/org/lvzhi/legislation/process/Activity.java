package org.lvzhi.legislation.process;

import java.time.LocalDate;

import org.lvzhi.legislation.ActivityId;
import org.lvzhi.legislation.ActivityKind;
import org.lvzhi.legislation.ProjectId;

/** A symposium, hearing or research trip, with who took part. */
record Activity(ActivityId id, ProjectId project, ActivityKind kind, LocalDate heldOn, String place,
		String participants, String summary) {
}
