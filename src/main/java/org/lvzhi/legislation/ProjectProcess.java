package org.lvzhi.legislation;

import java.time.LocalDate;

/** A project's place in the workflow with the facts recorded on the way: vote, approval, promulgation, filing. */
record ProjectProcess(ProjectId id, String title, ProjectKind kind, ProjectStatus status, int version, Integer votesFor,
		Integer votesAgainst, Integer votesAbstain, Integer membersTotal, LocalDate votedOn, LocalDate approvalDue,
		LocalDate approvedOn, LocalDate promulgatedOn, String notice, LocalDate filingDue, LocalDate filedOn,
		LocalDate inForceOn) {
}
