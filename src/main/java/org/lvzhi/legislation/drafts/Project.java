package org.lvzhi.legislation.drafts;

import java.time.Instant;

import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;

/** A legislative project: for now its title and where it stands; the plan and readings workflow comes later. */
public record Project(ProjectId id, String title, ProjectStatus status, Instant createdAt, int version) {
}
