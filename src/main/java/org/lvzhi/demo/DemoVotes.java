package org.lvzhi.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.Sittings;
import org.lvzhi.meetings.VoteClosed;
import org.lvzhi.meetings.VoteId;
import org.lvzhi.meetings.voting.VotingService;
import org.springframework.stereotype.Component;

/**
 * The demo world's votes at its sittings, through the one voting service: each present member
 * casts a ballot, mostly "yes", and the round closes with its result as the office's page would.
 */
@Component
class DemoVotes {

	/** Where the appointments module's nominees are on an agenda, one item per nominee. */
	static final String APPOINTMENTS = "/appointments/";

	private final VotingService voting;
	private final Sittings sittings;

	DemoVotes(VotingService voting, Sittings sittings) {
		this.voting = voting;
		this.sittings = sittings;
	}

	/** An open roll-call approval vote (resolutions, decisions); whether it passed. */
	boolean rollCall(AgendaItemId item, List<PersonId> present, Random random) {
		return vote(item, false, present, random, 0.92);
	}

	/** A secret approval vote (appointments, person by person); whether it passed. */
	boolean secret(AgendaItemId item, List<PersonId> present, Random random) {
		return vote(item, true, present, random, 0.95);
	}

	/**
	 * A secret vote on every item of the sitting's agenda whose page is under {@code linkPrefix};
	 * each item's result is handed to {@code decided}. Returns how many were voted.
	 */
	int secretOnLinked(SittingId sitting, String linkPrefix, List<PersonId> present, Random random,
			java.util.function.BiConsumer<AgendaItemId, Boolean> decided) {
		int voted = 0;
		for (Map.Entry<AgendaItemId, String> e : sittings.agendaLinks(sitting).entrySet()) {
			if (e.getValue().startsWith(linkPrefix)) {
				decided.accept(e.getKey(), secret(e.getKey(), present, random));
				voted++;
			}
		}
		return voted;
	}

	private boolean vote(AgendaItemId item, boolean secret, List<PersonId> present, Random random, double yes) {
		VoteId vote = voting.open(item, secret, BallotForm.APPROVAL);
		for (PersonId member : present) {
			double r = random.nextDouble();
			voting.cast(vote, member, r < yes ? "YES" : r < yes + (1 - yes) / 2 ? "ABSTAIN" : "NO");
		}
		VoteClosed closed = voting.close(vote, null);
		return Boolean.TRUE.equals(closed.passed());
	}
}
