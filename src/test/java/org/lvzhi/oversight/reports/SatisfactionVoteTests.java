package org.lvzhi.oversight.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

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

/** The secret satisfaction vote: thresholds at exactly half of all members, one ballot each, no trace of who chose what. */
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
		// 2 satisfied + 1 basically = 3 of 6 members: half, so basically satisfied although 3 did not vote.
		assertThat(vote(6, 2, 1, 0, id, f)).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
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
			.sql("SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) = 'oversight_report_ballot'")
			.query(String.class).list();
		assertThat(ballotColumns).containsExactlyInAnyOrder("ballot_key", "report_id", "choice");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM oversight_report_ballot WHERE report_id = ?").param(id.value())
			.query(Integer.class).single()).isEqualTo(1);
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
