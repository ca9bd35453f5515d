package org.lvzhi.oversight.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.VoteOutcome;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secret satisfaction vote: thresholds at exactly half of all members, one ballot each, a quorum
 * of ballots to close, a result that stands, and no trace of who chose what (row order, and on
 * PostgreSQL the transaction ids).
 */
@IntegrationTest
class SatisfactionVoteTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	OpenVote openVote;
	@Autowired
	StandingCommittee committee;
	@Autowired
	JdbcClient jdbc;

	@Test
	void satisfiedAtExactlyHalfOfAllMembers() {
		assertThat(VoteOutcome.of(25, 0, 50)).isEqualTo(Satisfaction.SATISFIED);
		assertThat(VoteOutcome.of(24, 1, 50)).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
		assertThat(VoteOutcome.of(24, 0, 50)).isEqualTo(Satisfaction.DISSATISFIED);
	}

	@Test
	void halfOfAnOddNumberIsNotRoundedDown() {
		assertThat(VoteOutcome.of(25, 0, 51)).isEqualTo(Satisfaction.DISSATISFIED);
		assertThat(VoteOutcome.of(25, 1, 51)).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
		assertThat(VoteOutcome.of(26, 0, 51)).isEqualTo(Satisfaction.SATISFIED);
		assertThat(VoteOutcome.of(12, 13, 51)).isEqualTo(Satisfaction.DISSATISFIED);
		assertThat(VoteOutcome.of(12, 14, 51)).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
	}

	private List<PersonId> members() {
		List<PersonId> members = committee.membersOn(ReportFixture.SITTING);
		assertThat(members).hasSizeGreaterThanOrEqualTo(6);
		return members;
	}

	private Satisfaction vote(int allMembers, int satisfied, int basically, int dissatisfied, WorkReportId id,
			ReportFixture f) {
		openVote.open(id, ReportFixture.SITTING, allMembers);
		List<PersonId> members = members();
		int k = 0;
		for (int i = 0; i < satisfied; i++) {
			f.workflow().vote(id, members.get(k++), Satisfaction.SATISFIED);
		}
		for (int i = 0; i < basically; i++) {
			f.workflow().vote(id, members.get(k++), Satisfaction.BASICALLY_SATISFIED);
		}
		for (int i = 0; i < dissatisfied; i++) {
			f.workflow().vote(id, members.get(k++), Satisfaction.DISSATISFIED);
		}
		return f.workflow().closeVote(id, ReportFixture.SITTING);
	}

	@Test
	void exactlyHalfSatisfiedBallotsOfAllMembersGiveSatisfied() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.deliberated(f.organ());
		assertThat(vote(6, 3, 0, 1, id, f)).isEqualTo(Satisfaction.SATISFIED);
		assertThat(f.get(id).state()).isEqualTo(ReportState.DELIBERATED);
	}

	@Test
	void absentMembersCountAgainst() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.deliberated(f.organ());
		// 2 satisfied + 1 basically = 3 of 6 members: half, so basically satisfied although 2 did not vote.
		assertThat(vote(6, 2, 1, 1, id, f)).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
	}

	@Test
	void belowHalfIsDissatisfiedAndSendsTheReportBack() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.deliberated(f.organ());
		assertThat(vote(6, 1, 1, 3, id, f)).isEqualTo(Satisfaction.DISSATISFIED);
		ReportView r = f.get(id);
		assertThat(r.state()).isEqualTo(ReportState.REWORK);
		assertThat(r.reworkCount()).isEqualTo(1);
	}

	@Test
	void aMemberVotesOnceAndTheBallotCarriesNoVoter() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.deliberated(f.organ());
		openVote.open(id, ReportFixture.SITTING, 6);
		PersonId member = members().get(0);
		f.workflow().vote(id, member, Satisfaction.SATISFIED);
		assertThatThrownBy(() -> f.workflow().vote(id, member, Satisfaction.DISSATISFIED))
			.isInstanceOf(OversightException.class).hasMessage("oversight.error.alreadyVoted");
		List<String> ballotColumns = jdbc
			.sql("SELECT LOWER(column_name) FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) = 'oversight_report_ballot'")
			.query(String.class).list();
		assertThat(ballotColumns).containsExactlyInAnyOrder("ballot_key", "report_id", "choice");
		// While the vote is open the choice is in no table at all: only that the member voted.
		assertThat(jdbc.sql("SELECT COUNT(*) FROM oversight_report_ballot WHERE report_id = ?").param(id.value())
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM oversight_report_voter WHERE report_id = ?").param(id.value())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void closingWithFewerBallotsThanTheQuorumIsRefusedAndTheVoteStaysOpen() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.deliberated(f.organ());
		openVote.open(id, ReportFixture.SITTING, 6);
		List<PersonId> members = members();
		// A quorum of 6 is more than half: 4. One ballot (or three) must not be revealed by a close.
		f.workflow().vote(id, members.get(0), Satisfaction.DISSATISFIED);
		assertThatThrownBy(() -> f.workflow().closeVote(id, ReportFixture.SITTING)).isInstanceOf(OversightException.class)
			.hasMessage("oversight.error.tooFewBallots");
		f.workflow().vote(id, members.get(1), Satisfaction.SATISFIED);
		f.workflow().vote(id, members.get(2), Satisfaction.SATISFIED);
		assertThatThrownBy(() -> f.workflow().closeVote(id, ReportFixture.SITTING)).isInstanceOf(OversightException.class)
			.hasMessage("oversight.error.tooFewBallots");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM oversight_report_ballot WHERE report_id = ?").param(id.value())
			.query(Integer.class).single()).isZero();
		assertThat(f.get(id).voteResult()).isNull();
		f.workflow().vote(id, members.get(3), Satisfaction.SATISFIED);
		assertThat(f.workflow().closeVote(id, ReportFixture.SITTING)).isEqualTo(Satisfaction.SATISFIED);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM oversight_report_ballot WHERE report_id = ?").param(id.value())
			.query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	void aClosedResultCannotBeReopenedNorVotedAfter() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.deliberated(f.organ());
		assertThat(vote(6, 4, 0, 0, id, f)).isEqualTo(Satisfaction.SATISFIED);
		assertThatThrownBy(() -> openVote.open(id, ReportFixture.SITTING, 6)).isInstanceOf(OversightException.class)
			.hasMessage("oversight.error.voteClosed");
		assertThatThrownBy(() -> f.workflow().vote(id, members().get(5), Satisfaction.DISSATISFIED))
			.isInstanceOf(OversightException.class).hasMessage("oversight.error.voteNotOpen");
		assertThatThrownBy(() -> f.workflow().closeVote(id, ReportFixture.SITTING)).isInstanceOf(OversightException.class)
			.hasMessage("oversight.error.voteNotOpen");
		assertThat(f.get(id).voteResult()).isEqualTo(Satisfaction.SATISFIED);
	}

	@Test
	void aBallotCannotBeLinkedToItsVoterByColumnRowOrderTransactionOrLog() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.deliberated(f.organ());
		List<PersonId> members = members();
		int n = members.size();
		openVote.open(id, ReportFixture.SITTING, n);
		Satisfaction[] choices = Satisfaction.values();
		Map<Long, String> truth = new HashMap<>();
		for (int i = 0; i < n; i++) {
			// Runs of one choice, so that any order kept from casting would show in the ballots' order.
			Satisfaction choice = choices[i * choices.length / n];
			f.workflow().vote(id, members.get(i), choice);
			truth.put(members.get(i).value(), choice.name());
		}
		f.workflow().closeVote(id, ReportFixture.SITTING);

		// Row order: pair the voters and the ballots as stored, first with first (and by key).
		String position = postgres() ? "ctid" : "_ROWID_";
		List<Long> voters = jdbc.sql("SELECT person_id FROM oversight_report_voter WHERE report_id = ? ORDER BY " + position)
			.param(id.value()).query(Long.class).list();
		List<String> ballots = jdbc.sql("SELECT choice FROM oversight_report_ballot WHERE report_id = ? ORDER BY " + position)
			.param(id.value()).query(String.class).list();
		assertThat(voters).hasSize(n);
		assertThat(ballots).hasSize(n);
		assertThat(matches(voters, ballots, truth)).as("the stored order reproduces who chose what").isLessThan(n);
		List<String> byKey = jdbc.sql("SELECT choice FROM oversight_report_ballot WHERE report_id = ? ORDER BY ballot_key")
			.param(id.value()).query(String.class).list();
		assertThat(matches(voters, byKey, truth)).isLessThan(n);

		if (postgres()) {
			// Transaction ids: every voter row committed alone; all ballots in the one closing transaction.
			assertThat(jdbc.sql("""
					SELECT COUNT(*) FROM oversight_report_voter v JOIN oversight_report_ballot b ON b.xmin::text = v.xmin::text
					WHERE v.report_id = ? AND b.report_id = ?""").params(id.value(), id.value()).query(Integer.class)
				.single()).isZero();
			assertThat(jdbc.sql("SELECT COUNT(DISTINCT xmin::text) FROM oversight_report_ballot WHERE report_id = ?")
				.param(id.value()).query(Integer.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("SELECT COUNT(DISTINCT xmin::text) FROM oversight_report_voter WHERE report_id = ?")
				.param(id.value()).query(Integer.class).single()).isEqualTo(n);
		}

		// The log: that a member voted, never how.
		List<String> cast = jdbc.sql("""
				SELECT COALESCE(after_state, '') FROM audit_entry
				WHERE subject_type = 'WorkReport' AND subject_id = ? AND action = 'oversight.report.voted'""")
			.param(String.valueOf(id.value())).query(String.class).list();
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

	private static boolean postgres() {
		return "postgres".equals(System.getProperty("lvzhi.test.db"));
	}

	@Test
	void aNonMemberCannotVote() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.deliberated(f.organ());
		openVote.open(id, ReportFixture.SITTING, 6);
		assertThatThrownBy(() -> f.workflow().vote(id, new PersonId(-1), Satisfaction.SATISFIED))
			.isInstanceOf(OversightException.class).hasMessage("oversight.error.notMember");
	}
}
