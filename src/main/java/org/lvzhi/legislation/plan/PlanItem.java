package org.lvzhi.legislation.plan;

import org.lvzhi.legislation.PlanSubject;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectKind;
import org.lvzhi.legislation.ProjectStatus;

/**
 * One item of an annual legislative plan: what, who sponsors and drafts it, which committee, when;
 * and the legislative project that carries it out, once opened or linked.
 *
 * @param project the project, or {@code null}
 * @param projectTitle the project's title, or {@code null}
 * @param projectStatus where the project stands now, or {@code null}
 */
public record PlanItem(long id, int year, String title, ProjectKind kind, PlanSubject subject, String sponsor,
		String draftingBody, String committee, String schedule, ProjectId project, String projectTitle,
		ProjectStatus projectStatus) {
}
