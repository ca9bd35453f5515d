package org.lvzhi.oversight;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;

/**
 * The special inquiry (专题询问) for callers outside the pages: the session, who asked (members of the
 * standing and special committees, deputies), who answered for which organ, each question with its
 * answer, and the commitments made, followed until done. Refusals throw {@link OversightException}.
 */
public interface InquiryWorkflow {

	/** @param report the work report the inquiry accompanies, or {@code null} */
	InquiryId hold(String title, LocalDate on, WorkReportId report);

	/** Prepares an inquiry whose date is not fixed yet (for problems escalated to it). */
	InquiryId prepare(String title, WorkReportId report);

	/** Fixes the date of a prepared inquiry. */
	void schedule(InquiryId inquiry, LocalDate on);

	/**
	 * Adds a question topic: what the inquiry will ask about, addressed to an organ, drawn from an
	 * inspection problem when {@code problem} is given. @return the topic's ID
	 */
	long addTopic(InquiryId inquiry, String text, OrganizationId organ, Long problem, LocalDate on);

	/** @return the participant's ID within the inquiry */
	long addQuestioner(InquiryId inquiry, PersonId person, OrganizationId body, String post);

	/** @return the participant's ID within the inquiry */
	long addRespondent(InquiryId inquiry, PersonId person, OrganizationId organ, String post);

	/** @return the question's ID */
	long recordQuestion(InquiryId inquiry, long questioner, long respondent, String question, String answer);

	/** A commitment the respondent made, owed by the respondent's organ by {@code due}. @return its ID */
	long commit(InquiryId inquiry, Long question, long respondent, String text, LocalDate due);

	void fulfil(long commitment, String note, LocalDate on);
}
