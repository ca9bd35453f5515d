package org.lvzhi.meetings.voting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of votes for pages ({@code @meetingVotes} in templates): rounds, published totals, and the
 * per-member record of open votes. Nothing here can say who chose what in a secret vote.
 */
@Component("meetingVotes")
@Transactional(readOnly = true)
public class VoteReads {

	/** One member's ballot in an open vote. */
	public record OpenBallot(long personId, String choice) {
	}

	private final JdbcClient jdbc;

	VoteReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The item's latest round, or {@code null}. */
	public VoteView latest(long itemId) {
		return jdbc.sql("SELECT * FROM meetings_vote WHERE item_id = ? ORDER BY round DESC LIMIT 1").param(itemId)
			.query(VoteView.class).optional().orElse(null);
	}

	public List<VoteView> rounds(long itemId) {
		return jdbc.sql("SELECT * FROM meetings_vote WHERE item_id = ? ORDER BY round").param(itemId)
			.query(VoteView.class).list();
	}

	/** A closed round's totals in the ballot's order of choices (empty while open or when voided). */
	public Map<String, Integer> totals(VoteView v) {
		Map<String, Integer> totals = new LinkedHashMap<>();
		if (!v.closed()) {
			return totals;
		}
		Map<String, Integer> stored = new LinkedHashMap<>();
		jdbc.sql("SELECT choice, votes FROM meetings_vote_result WHERE vote_id = ?").param(v.id())
			.query((rs, n) -> stored.put(rs.getString(1), rs.getInt(2))).list();
		for (String c : org.lvzhi.meetings.BallotForm.valueOf(v.ballotForm()).choices()) {
			totals.put(c, stored.getOrDefault(c, 0));
		}
		return totals;
	}

	/** Each member's choice in an open (roll-call) vote; always empty for a secret one. */
	public List<OpenBallot> openBallots(VoteView v) {
		if (v.secret()) {
			return List.of();
		}
		return jdbc.sql("SELECT person_id, choice FROM meetings_open_ballot WHERE vote_id = ? ORDER BY person_id")
			.param(v.id()).query(OpenBallot.class).list();
	}

	public boolean hasVoted(VoteView v, long personId) {
		String table = v.secret() ? "meetings_secret_voter" : "meetings_open_ballot";
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE vote_id = ? AND person_id = ?")
			.params(v.id(), personId).query(Integer.class).single() > 0;
	}

	public List<String> choices(VoteView v) {
		return org.lvzhi.meetings.BallotForm.valueOf(v.ballotForm()).choices();
	}

	/** How many have voted in a round so far. */
	public int castSoFar(VoteView v) {
		String table = v.secret() ? "meetings_secret_voter" : "meetings_open_ballot";
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE vote_id = ?").param(v.id()).query(Integer.class).single();
	}
}
