package org.lvzhi.meetings;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;

/**
 * What other modules (the demo world's loader among them) may do with sittings, through the same
 * rules as the office's pages: each step audited, the state machine enforced.
 */
public interface SittingCommands {

	/** Plans a sitting; without a number it takes the next one of its kind in the term. */
	SittingId plan(SittingKind kind, Integer term, Integer number, LocalDate on, String place);

	/** Sends the notice; {@code sentOn} is the day it went out, {@code null} for today. */
	void notifyMembers(SittingId id, LocalDate sentOn);

	void open(SittingId id);

	void close(SittingId id, String minutes);

	/** Puts on the agenda the business another module has due for the sitting, known by its page's link. */
	AgendaItemId addDue(SittingId id, String link);

	/**
	 * Puts on the agenda everything the other modules date on the sitting's own day as business of
	 * a sitting: what they record as dealt with then (for a sitting entered after it was held) and
	 * what they bring to it ({@code SittingItems.upcoming} items with {@code atSitting} dated that
	 * day, such as one nominee's appointment); returns how many.
	 */
	int addDueOnTheDay(SittingId id);

	/** A free item; {@code kind} is RESOLUTION, DECISION, APPOINTMENT, PLAN or OTHER. */
	AgendaItemId addFree(SittingId id, String kind, String title);

	/** ADOPTED, NOT_ADOPTED or DELIBERATED, once the sitting is held. */
	void decide(AgendaItemId item, String decision);

	/** Records a member present, or on leave when {@code present} is false. */
	void attendance(SittingId id, PersonId member, boolean present);

	/** Registers a request or report to the party committee (向市委请示报告). */
	long registerPartyReport(PartyReportKind kind, String subject, LocalDate sentOn, String reply, LocalDate repliedOn);
}
