package org.lvzhi.oversight;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;

/**
 * The work report (专项工作报告) workflow for callers outside the pages, such as the demo world and
 * records entered after the fact: each method is one move on the report's current version with the
 * same rules, audit entries and notices as the pages. A refused move throws an
 * {@link OversightException} with the Chinese reason.
 */
public interface WorkReportWorkflow {

	/** Puts a report on the year's oversight plan: which organ reports, which committee prepares it. */
	WorkReportId plan(int year, String title, OrganizationId organ, OrganizationId committee, LocalDate on);

	void recordSurvey(WorkReportId report, LocalDate on, String place, String note);

	/** Sets the sitting that hears the report; the clock back from it gives the document deadlines. */
	void schedule(WorkReportId report, LocalDate sitting);

	/** Records the day a document arrived: {@code DRAFT} to the committee, {@code REPORT}, {@code MEMBERS}. */
	void receiveDocument(WorkReportId report, String document, LocalDate on);

	void deliberate(WorkReportId report, String opinions, LocalDate on);

	void sendOpinions(WorkReportId report, LocalDate on);

	void recordHandlingReport(WorkReportId report, String text, LocalDate on);

	void close(WorkReportId report, String followUp, LocalDate on);

	/** Opens the secret satisfaction vote; all members of the standing committee on that day count. */
	void openVote(WorkReportId report, LocalDate on);

	/** One member's secret ballot; a member votes once. */
	void vote(WorkReportId report, PersonId member, Satisfaction choice);

	/** Counts the ballots; 不满意 sends the report back for rework. */
	Satisfaction closeVote(WorkReportId report, LocalDate on);
}
