package org.lvzhi.meetings.voting;

import java.time.LocalDate;

/** One round of a vote, as pages show it. */
public record VoteView(long id, long itemId, int round, boolean secret, String ballotForm, String state, int allMembers,
		int present, Integer castCount, Boolean passed, Boolean closedEarly, LocalDate openedOn, LocalDate closedOn,
		int version) {

	public boolean open() {
		return "OPEN".equals(state);
	}

	public boolean closed() {
		return "CLOSED".equals(state);
	}
}
