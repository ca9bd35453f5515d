package org.lvzhi.legislation.process;

import java.time.LocalDate;

import org.lvzhi.legislation.ProjectStatus;

/** One move of a project, as its timeline shows it. */
record TimelineEntry(ProjectStatus from, ProjectStatus to, LocalDate on, String note) {
}
