package org.lvzhi.legislation;

import java.time.Instant;

/** A legislative project: for now its title and where it stands; the plan and readings workflow comes later. */
record Project(ProjectId id, String title, ProjectStatus status, Instant createdAt, int version) {
}
