package org.lvzhi.legislation.process;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.RecordVote;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.VoteClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The final vote on a regulation held at a sitting through the meetings' voting service: when an
 * approval round on the agenda item of a project that may be voted on closes, its totals are
 * recorded as the project's vote ({@link RecordVote}: more than half of all members), in the closing
 * transaction. A round on a draft still being read is only a vote of the sitting and leaves the
 * project as it is.
 */
@Component
class FinalVotesAtSittings {

	private static final Pattern PROJECT = Pattern.compile("/legislation/projects/(\\d+)");

	private final ProcessStore store;
	private final RecordVote recordVote;

	FinalVotesAtSittings(ProcessStore store, RecordVote recordVote) {
		this.store = store;
		this.recordVote = recordVote;
	}

	@EventListener
	void on(VoteClosed e) {
		Matcher m = e.itemLink() == null ? null : PROJECT.matcher(e.itemLink());
		if (e.form() != BallotForm.APPROVAL || m == null || !m.matches()) {
			return;
		}
		ProjectId id = new ProjectId(Long.parseLong(m.group(1)));
		store.process(id).filter(p -> p.status().mayVote())
			.ifPresent(p -> recordVote.record(id, p.version(), e.closedOn(), e.totals().getOrDefault("YES", 0),
					e.totals().getOrDefault("NO", 0), e.totals().getOrDefault("ABSTAIN", 0), e.allMembers(), null));
	}
}
