package org.lvzhi.meetings.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.VoteClosed;
import org.lvzhi.meetings.VoteId;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.lvzhi.meetings.sittings.SittingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The voting service: quorum before opening and closing, adoption by a majority of all members, one
 * ballot per member and round, nothing after the close, a new round instead of a reopened one, and
 * secret ballots that neither a column, the row order nor the transaction ids link to their voters.
 */
@IntegrationTest
class VotingTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	VotingService voting;
	@Autowired
	VoteReads reads;
	@Autowired
	MeetingsSettings settings;
	@Autowired
	JdbcClient jdbc;

	private SittingFixture fixture() {
		return new SittingFixture(context);
	}

	@Test
	void aVoteOpensOnlyWithAQuorumPresentAndClosesOnlyWithAQuorumOfBallots() {
		SittingFixture f = fixture();
		List<PersonId> members = f.members();
		int quorum = settings.quorumCount(members.size());
		assertThat(members.size()).isGreaterThanOrEqualTo(6);
		SittingId sitting = f.held(quorum - 1);
		AgendaItemId item = f.item(sitting, "关于批准2024年市级决算的决议");
		assertThatThrownBy(() -> voting.open(item, false, BallotForm.APPROVAL)).hasMessage("meetings.error.noQuorum");
		f.present(sitting, members.get(quorum - 1));
		VoteId vote = voting.open(item, false, BallotForm.APPROVAL);
		voting.cast(vote, members.get(0), "YES");
		assertThatThrownBy(() -> voting.close(vote, null)).as("one ballot would reveal itself")
			.hasMessage("meetings.error.tooFewBallots");
		f.absent(sitting, members.get(0));
		assertThatThrownBy(() -> voting.close(vote, null)).hasMessage("meetings.error.noQuorum");
	}

	@Test
	void anItemIsAdoptedByMoreThanHalfOfAllMembersNotOfThosePresent() {
		SittingFixture f = fixture();
		List<PersonId> members = f.members();
		int all = members.size();
		int quorum = settings.quorumCount(all);
		SittingId sitting = f.held(quorum);
		AgendaItemId item = f.item(sitting, "关于召开市人民代表大会第三次会议的决定");
		VoteId vote = voting.open(item, false, BallotForm.APPROVAL);
		int yes = all / 2;
		for (int i = 0; i < quorum; i++) {
			voting.cast(vote, members.get(i), i < yes ? "YES" : "ABSTAIN");
		}
		VoteClosed closed = voting.close(vote, null);
		assertThat(closed.totals().get("YES")).isEqualTo(yes);
		assertThat(closed.passed()).as("%d of %d members: a majority of those present, not of all", yes, all).isFalse();
		assertThat(closed.closedEarly()).isFalse();

		AgendaItemId again = f.item(sitting, "关于召开市人民代表大会第三次会议的决定（二）");
		VoteId second = voting.open(again, false, BallotForm.APPROVAL);
		for (int i = 0; i < quorum; i++) {
			voting.cast(second, members.get(i), "YES");
		}
		assertThat(voting.close(second, null).passed()).isTrue();
		assertThat(reads.openBallots(reads.latest(again.value()))).hasSize(quorum);
	}

	@Test
	void aMemberVotesOncePerRoundOnlyWhilePresentAndOpenAndAClosedResultIsNeverReopened() {
		SittingFixture f = fixture();
		List<PersonId> members = f.members();
		int present = settings.quorumCount(members.size()) + 1;
		SittingId sitting = f.held(present);
		AgendaItemId item = f.item(sitting, "关于市级预算调整方案的决议");
		VoteId vote = voting.open(item, true, BallotForm.APPROVAL);
		assertThatThrownBy(() -> voting.open(item, true, BallotForm.APPROVAL)).hasMessage("meetings.error.voteOpen");
		voting.cast(vote, members.get(0), "YES");
		assertThatThrownBy(() -> voting.cast(vote, members.get(0), "NO")).hasMessage("meetings.error.alreadyVoted");
		assertThatThrownBy(() -> voting.cast(vote, members.get(present), "NO")).hasMessage("meetings.error.notPresent");
		assertThatThrownBy(() -> voting.cast(vote, members.get(1), "SATISFIED")).hasMessage("meetings.error.choiceRequired");
		for (int i = 1; i < present - 1; i++) {
			voting.cast(vote, members.get(i), "YES");
		}
		VoteClosed closed = voting.close(vote, null);
		assertThat(closed.closedEarly()).as("one present member had not voted").isTrue();
		assertThat(closed.cast()).isEqualTo(present - 1);
		assertThatThrownBy(() -> voting.cast(vote, members.get(present - 1), "YES")).hasMessage("meetings.error.voteNotOpen");
		assertThatThrownBy(() -> voting.close(vote, null)).hasMessage("meetings.error.voteNotOpen");
		assertThatThrownBy(() -> voting.annul(vote, null)).hasMessage("meetings.error.voteNotOpen");

		VoteId round2 = voting.open(item, true, BallotForm.APPROVAL);
		assertThat(reads.rounds(item.value())).extracting(VoteView::round).containsExactly(1, 2);
		assertThat(reads.totals(reads.rounds(item.value()).get(0))).containsEntry("YES", present - 1);
		voting.cast(round2, members.get(0), "NO");
		voting.annul(round2, null);
		assertThat(reads.totals(reads.latest(item.value()))).as("an annulled round counts nothing").isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM meetings_secret_ballot WHERE vote_id = ?").param(round2.value())
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE subject_type = 'Vote' AND subject_id = ? ORDER BY id")
			.param(String.valueOf(round2.value())).query(String.class).list())
			.containsExactly("meetings.vote.reopened", "meetings.vote.cast", "meetings.vote.annulled");
	}

	@Test
	void aSecretBallotCannotBeLinkedToItsVoterByColumnRowOrderTransactionOrLog() {
		SittingFixture f = fixture();
		List<PersonId> members = f.members();
		int n = members.size();
		assertThat(n).as("enough voters for the order join to be meaningful").isGreaterThanOrEqualTo(20);
		SittingId sitting = f.held(n);
		AgendaItemId item = f.item(sitting, "满意度测评：市政府关于生态环境保护工作情况的报告");
		VoteId vote = voting.open(item, true, BallotForm.SATISFACTION);
		List<String> choices = BallotForm.SATISFACTION.choices();
		Map<Long, String> truth = new HashMap<>();
		for (int i = 0; i < n; i++) {
			// Runs of one choice, so that any order kept from casting would show in the ballots' order.
			String choice = choices.get(i * 3 / n);
			voting.cast(vote, members.get(i), choice);
			truth.put(members.get(i).value(), choice);
		}
		VoteClosed closed = voting.close(vote, null);
		assertThat(closed.totals().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);

		// No column: the ballot table holds its key, the vote and the choice, nothing else.
		assertThat(jdbc.sql("""
				SELECT column_name FROM information_schema.columns
				WHERE table_schema = CURRENT_SCHEMA AND table_name = 'meetings_secret_ballot' ORDER BY column_name""")
			.query(String.class).list()).containsExactly("ballot_key", "choice", "vote_id");
		assertThat(jdbc.sql("""
				SELECT column_name FROM information_schema.columns
				WHERE table_schema = CURRENT_SCHEMA AND table_name = 'meetings_secret_voter' ORDER BY column_name""")
			.query(String.class).list()).containsExactly("person_id", "vote_id");

		// Row order: pair the voters and the ballots as stored, first with first.
		boolean postgres = postgres();
		String position = postgres ? "ctid" : "_ROWID_";
		List<Long> voters = jdbc.sql("SELECT person_id FROM meetings_secret_voter WHERE vote_id = ? ORDER BY " + position)
			.param(vote.value()).query(Long.class).list();
		List<String> ballots = jdbc.sql("SELECT choice FROM meetings_secret_ballot WHERE vote_id = ? ORDER BY " + position)
			.param(vote.value()).query(String.class).list();
		assertThat(voters).hasSize(n);
		assertThat(ballots).hasSize(n);
		assertThat(matches(voters, ballots, truth)).as("the stored order reproduces who chose what").isLessThan(n);
		List<String> byKey = jdbc.sql("SELECT choice FROM meetings_secret_ballot WHERE vote_id = ? ORDER BY ballot_key")
			.param(vote.value()).query(String.class).list();
		assertThat(matches(voters, byKey, truth)).isLessThan(n);

		if (postgres) {
			// Transaction ids: every voter row committed alone; all ballots in the one closing transaction.
			assertThat(jdbc.sql("""
					SELECT COUNT(*) FROM meetings_secret_voter v JOIN meetings_secret_ballot b ON b.xmin::text = v.xmin::text
					WHERE v.vote_id = ? AND b.vote_id = ?""").params(vote.value(), vote.value()).query(Integer.class)
				.single()).isZero();
			assertThat(jdbc.sql("SELECT COUNT(DISTINCT xmin::text) FROM meetings_secret_ballot WHERE vote_id = ?")
				.param(vote.value()).query(Integer.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("SELECT COUNT(DISTINCT xmin::text) FROM meetings_secret_voter WHERE vote_id = ?")
				.param(vote.value()).query(Integer.class).single()).isEqualTo(n);
		}

		// The log: that a member voted, never how.
		List<String> cast = jdbc.sql("""
				SELECT COALESCE(after_state, '') FROM audit_entry
				WHERE subject_type = 'Vote' AND subject_id = ? AND action = 'meetings.vote.cast'""")
			.param(String.valueOf(vote.value())).query(String.class).list();
		assertThat(cast).hasSize(n);
		assertThat(cast).allSatisfy(after -> assertThat(after).doesNotContain("SATISFIED"));
	}

	private static int matches(List<Long> voters, List<String> ballots, Map<Long, String> truth) {
		int same = 0;
		for (int i = 0; i < voters.size(); i++) {
			same += truth.get(voters.get(i)).equals(ballots.get(i)) ? 1 : 0;
		}
		return same;
	}

	private boolean postgres() {
		return "postgres".equals(System.getProperty("lvzhi.test.db"));
	}

	@Test
	void theBallotBoxShufflesEveryTime() {
		BallotBox box = new BallotBox();
		List<String> cast = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			box.add(-1, "B" + i);
			cast.add("B" + i);
		}
		int sameOrder = 0;
		for (int i = 0; i < 50; i++) {
			sameOrder += box.shuffled(-1).equals(cast) ? 1 : 0;
		}
		assertThat(sameOrder).isZero();
		assertThat(box.shuffled(-1)).containsExactlyInAnyOrderElementsOf(cast);
	}
}
