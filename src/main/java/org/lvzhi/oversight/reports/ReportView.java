package org.lvzhi.oversight.reports;

import java.time.LocalDate;

import org.lvzhi.oversight.Satisfaction;

/** A work report as the pages read it; the late flags compare each day with its due date. */
public record ReportView(long id, int version, int reportYear, String title, long organId, Long committeeId,
		ReportState state, LocalDate sittingDate, LocalDate draftDue, LocalDate reportDue, LocalDate membersDue,
		LocalDate draftReceivedOn, LocalDate reportReceivedOn, LocalDate membersSentOn, LocalDate deliberatedOn,
		String opinions, LocalDate opinionsDue, LocalDate opinionsSentOn, LocalDate handlingDue, String handlingReport,
		LocalDate handlingReceivedOn, String followUp, Satisfaction voteResult, int reworkCount, LocalDate closedOn,
		LocalDate plannedOn) {

	public boolean draftLate() {
		return late(draftReceivedOn, draftDue);
	}

	public boolean reportLate() {
		return late(reportReceivedOn, reportDue);
	}

	public boolean membersLate() {
		return late(membersSentOn, membersDue);
	}

	public boolean opinionsLate() {
		return late(opinionsSentOn, opinionsDue);
	}

	public boolean handlingLate() {
		return late(handlingReceivedOn, handlingDue);
	}

	/** Whether the organ's handling report is owed and its day has passed. */
	public boolean handlingOverdue(LocalDate today) {
		return state == ReportState.OPINIONS_SENT && handlingDue != null && today.isAfter(handlingDue);
	}

	private static boolean late(LocalDate done, LocalDate due) {
		return done != null && due != null && done.isAfter(due);
	}
}
