package org.lvzhi.oversight.reports;

import java.time.LocalDate;

import org.lvzhi.oversight.Satisfaction;

/** What the audit log keeps of a work report before and after a move. */
record ReportSnapshot(String title, long organId, ReportState state, LocalDate sittingDate, LocalDate deliberatedOn,
		LocalDate opinionsSentOn, LocalDate handlingDue, LocalDate handlingReceivedOn, Satisfaction voteResult,
		int reworkCount, LocalDate closedOn, int version) {

	static ReportSnapshot of(WorkReport r) {
		return r == null ? null
				: new ReportSnapshot(r.title, r.organId, r.state, r.sittingDate, r.deliberatedOn, r.opinionsSentOn,
						r.handlingDue, r.handlingReceivedOn, r.voteResult, r.reworkCount, r.closedOn,
						r.version == null ? 0 : r.version);
	}
}
