package org.lvzhi.legislation;

import java.time.LocalDate;

/** One move of a project, as its timeline shows it. */
record TimelineEntry(ProjectStatus from, ProjectStatus to, LocalDate on, String note) {
}
