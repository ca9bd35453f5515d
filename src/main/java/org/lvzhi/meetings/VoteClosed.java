package org.lvzhi.meetings;

import java.time.LocalDate;
import java.util.Map;

/**
 * A round of a vote closed with its result, published in the closing transaction. The module that
 * owns the business on the agenda (its page is {@code itemLink}) acts on it: a regulation adopted,
 * a work report's satisfaction. Never carries who chose what.
 *
 * @param allMembers the members of the standing committee when the vote opened
 * @param totals ballots per choice of the {@code form}
 * @param passed for approval votes, whether "yes" ballots are more than the passing share of all
 *     members; {@code null} for satisfaction votes (the owning module applies its thresholds)
 * @param closedEarly closed before every present member had voted
 */
public record VoteClosed(VoteId vote, AgendaItemId item, String itemLink, SittingId sitting, int round, boolean secret,
		BallotForm form, int allMembers, int present, int cast, Map<String, Integer> totals, Boolean passed,
		boolean closedEarly, LocalDate closedOn) {

	public VoteClosed {
		totals = Map.copyOf(totals);
	}
}
