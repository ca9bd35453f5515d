package org.lvzhi.oversight;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;

/**
 * The filing review of normative documents (备案审查) for callers outside the pages: filing (late
 * after 30 days from publication), the formal check, the review, the written opinion and the
 * maker's answer, the outcome; and citizens' review requests, each with a tracking code.
 * Refusals throw {@link OversightException}.
 */
public interface FilingWorkflow {

	FilingId file(String title, String number, OrganizationId maker, LocalDate published, LocalDate filed);

	/** The formal check passed; the review of the given type starts. */
	void check(FilingId filing, ReviewType type, LocalDate on);

	void sendOpinion(FilingId filing, String opinion, LocalDate on);

	void recordAnswer(FilingId filing, String answer, LocalDate on);

	void conclude(FilingId filing, FilingOutcome outcome, LocalDate on);

	/** @return the tracking code the citizen keeps to follow the request */
	String requestReview(String documentTitle, String reason, String requester, String contact, LocalDate on);

	/** The office ties a request to the filed document it concerns. */
	void linkRequest(String trackingCode, FilingId filing);

	/** The office tells the citizen the outcome. */
	void replyToRequest(String trackingCode, String reply, LocalDate on);
}
