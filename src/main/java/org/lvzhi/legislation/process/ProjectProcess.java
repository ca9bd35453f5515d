package org.lvzhi.legislation.process;

import java.time.LocalDate;

import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectKind;
import org.lvzhi.legislation.ProjectStatus;

/** A project's place in the workflow with the facts recorded on the way: vote, approval, promulgation, filing. */
public record ProjectProcess(ProjectId id, String title, ProjectKind kind, ProjectStatus status, int version, Integer votesFor,
		Integer votesAgainst, Integer votesAbstain, Integer membersTotal, LocalDate votedOn, LocalDate approvalDue,
		LocalDate approvedOn, LocalDate promulgatedOn, String notice, LocalDate filingDue, LocalDate filedOn,
		LocalDate inForceOn) {
}
