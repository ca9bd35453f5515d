package org.lvzhi.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.VoteId;
import org.lvzhi.meetings.sittings.SittingFixture;
import org.lvzhi.meetings.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A regulation's final vote held at a sitting through the meetings' voting service moves the project. */
@IntegrationTest
class FinalVoteAtSittingTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	CreateProject createProject;
	@Autowired
	AddDraftVersion addDraftVersion;
	@Autowired
	MoveProject moveProject;
	@Autowired
	ProcessStore store;
	@Autowired
	VotingService voting;

	private ProjectId atSecondReading(String title) {
		ProjectId id = createProject.create(title, null);
		addDraftVersion.add(id, 1, LegislationFixture.FIRST, null, null);
		for (ProjectStatus to : List.of(ProjectStatus.FIRST_READING, ProjectStatus.PUBLIC_COMMENT, ProjectStatus.SECOND_READING)) {
			moveProject.move(id, store.process(id).orElseThrow().version(), to, LocalDate.of(2025, 5, 20), null, null);
		}
		return id;
	}

	private ProjectStatus voteAtSitting(ProjectId project, int yesOfAll) {
		SittingFixture sittings = new SittingFixture(context);
		List<PersonId> members = sittings.members();
		SittingId sitting = sittings.held(members.size());
		AgendaItemId item = sittings.due(sitting, "/legislation/projects/" + project.value());
		VoteId vote = voting.open(item, false, BallotForm.APPROVAL);
		for (int i = 0; i < members.size(); i++) {
			voting.cast(vote, members.get(i), i < yesOfAll ? "YES" : "ABSTAIN");
		}
		voting.close(vote, null);
		return store.process(project).orElseThrow().status();
	}

	@Test
	void moreThanHalfOfAllMembersPassTheRegulationAndExactlyHalfDoesNot() {
		int all = new SittingFixture(context).members().size();
		assertThat(voteAtSitting(atSecondReading("太原市测试条例（会议表决通过）"), all / 2 + 1)).isEqualTo(ProjectStatus.PASSED);
		assertThat(voteAtSitting(atSecondReading("太原市测试条例（会议表决半数）"), all / 2))
			.isEqualTo(ProjectStatus.VOTE_FAILED);
	}
}
