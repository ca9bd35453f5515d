package org.lvzhi.oversight.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.VoteId;
import org.lvzhi.meetings.sittings.SittingFixture;
import org.lvzhi.meetings.voting.VotingService;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The satisfaction vote on a work report held at its sitting through the meetings' voting service:
 * the report deliberated that day is taken onto the agenda from oversight's own sitting items, the
 * members vote by secret ballot, and the close rates the report with oversight's thresholds.
 */
@IntegrationTest
class SatisfactionVoteAtSittingTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	VotingService voting;
	@Autowired
	Directory directory;

	@Test
	void aSecretSatisfactionVoteAtTheSittingRatesTheReport() {
		ReportFixture reports = new ReportFixture(context);
		WorkReportId report = reports.deliberated(reports.organ());
		SittingFixture sittings = new SittingFixture(context);
		List<PersonId> members = directory.standingCommitteeMembersOn(ReportFixture.SITTING);
		SittingId sitting = sittings.held(ReportFixture.SITTING, members.size());
		AgendaItemId item = sittings.due(sitting, "/oversight/reports/" + report.value());
		VoteId vote = voting.open(item, true, BallotForm.SATISFACTION);
		// Exactly half of all members satisfied: 满意 (decision 12's threshold, counted against all members).
		int half = (members.size() + 1) / 2;
		for (int i = 0; i < members.size(); i++) {
			voting.cast(vote, members.get(i), i < half ? "SATISFIED" : "DISSATISFIED");
		}
		voting.close(vote, null);
		assertThat(reports.get(report).voteResult()).isEqualTo(Satisfaction.SATISFIED);
		assertThat(reports.get(report).state()).isEqualTo(ReportState.DELIBERATED);
	}

	@Test
	void aDissatisfiedVoteSendsTheReportBackForRework() {
		ReportFixture reports = new ReportFixture(context);
		WorkReportId report = reports.deliberated(reports.organ());
		SittingFixture sittings = new SittingFixture(context);
		List<PersonId> members = directory.standingCommitteeMembersOn(ReportFixture.SITTING);
		SittingId sitting = sittings.held(ReportFixture.SITTING, members.size());
		AgendaItemId item = sittings.due(sitting, "/oversight/reports/" + report.value());
		VoteId vote = voting.open(item, true, BallotForm.SATISFACTION);
		for (PersonId m : members) {
			voting.cast(vote, m, "DISSATISFIED");
		}
		voting.close(vote, null);
		assertThat(reports.get(report).voteResult()).isEqualTo(Satisfaction.DISSATISFIED);
		assertThat(reports.get(report).state()).isEqualTo(ReportState.REWORK);
	}
}
