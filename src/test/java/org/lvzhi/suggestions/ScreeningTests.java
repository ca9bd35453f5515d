package org.lvzhi.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.suggestions.Refusals.illegal;
import static org.lvzhi.suggestions.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class ScreeningTests {

	static final LocalDate ON = LocalDate.of(2023, 1, 12);

	@Autowired
	ApplicationContext context;
	@Autowired
	DraftSuggestion draft;
	@Autowired
	SubmitSuggestion submit;
	@Autowired
	WithdrawSuggestion withdraw;
	@Autowired
	AcceptSuggestion accept;
	@Autowired
	RejectSuggestion reject;
	@Autowired
	MergeSuggestions merge;
	@Autowired
	MarkKeySuggestion markKey;
	@Autowired
	SuggestionSettings settings;

	SuggestionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new SuggestionFixture(context);
	}

	@Test
	void aSubmittedSuggestionGetsTheNextNumberOfItsYear() {
		PersonId deputy = fixture.deputy();
		SuggestionId first = fixture.draftBy(deputy);
		SuggestionId second = fixture.draftBy(deputy);

		String a = submit.submit(first, fixture.get(first).version(), deputy, ON);
		String b = submit.submit(second, fixture.get(second).version(), deputy, ON);

		assertThat(a).matches("2023-\\d{4}");
		assertThat(Integer.parseInt(b.substring(5))).isEqualTo(Integer.parseInt(a.substring(5)) + 1);
		assertThat(fixture.get(first).state()).isEqualTo(SuggestionState.SUBMITTED);
		assertThat(fixture.get(first).submittedOn()).isEqualTo(ON);
	}

	@Test
	void onlyTheLeadDeputyEditsAndSubmitsHerDraft() {
		SuggestionId id = fixture.draft();
		PersonId other = fixture.deputy();

		refused(() -> submit.submit(id, fixture.get(id).version(), other, ON), "suggestions.error.notLeadDeputy");
		refused(() -> draft.edit(id, fixture.get(id).version(), other, SuggestionFixture.content("改"), List.of(), ON),
				"suggestions.error.notLeadDeputy");
	}

	@Test
	void aDraftNeedsATitleATextAndACategoryFromTheSettings() {
		PersonId deputy = fixture.deputy();
		refused(() -> draft.draft(deputy, new SuggestionContent(" ", "内容", "城乡建设", null), List.of(), ON),
				"suggestions.error.title");
		refused(() -> draft.draft(deputy, new SuggestionContent("标题", "", "城乡建设", null), List.of(), ON),
				"suggestions.error.body");
		refused(() -> draft.draft(deputy, new SuggestionContent("标题", "内容", "不存在的类别", null), List.of(), ON),
				"suggestions.error.category");
	}

	@Test
	void aSubmittedSuggestionCanNoLongerBeEditedNorSubmittedAgain() {
		PersonId deputy = fixture.deputy();
		SuggestionId id = fixture.submittedBy(deputy);

		illegal(() -> submit.submit(id, fixture.get(id).version(), deputy, ON));
		illegal(() -> draft.edit(id, fixture.get(id).version(), deputy, SuggestionFixture.content("改"), List.of(), ON));
	}

	@Test
	void aDeputyWithdrawsBeforeAssignmentButNotAfter() {
		PersonId deputy = fixture.deputy();
		SuggestionId id = fixture.submittedBy(deputy);
		withdraw.withdraw(id, fixture.get(id).version(), deputy, ON);
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.WITHDRAWN);

		SuggestionId assigned = fixture.assignedTo(fixture.unit(), ON);
		Suggestion s = fixture.get(assigned);
		illegal(() -> withdraw.withdraw(assigned, s.version(), s.leadDeputy(), ON));
	}

	@Test
	void theOfficeAcceptsOrRejectsWithAReasonOnlyOnce() {
		SuggestionId id = fixture.submitted();
		refused(() -> reject.reject(id, fixture.get(id).version(), " ", ON), "suggestions.error.reasonRequired");

		reject.reject(id, fixture.get(id).version(), "属于个人诉求，不属于代表建议。", ON);

		Suggestion rejected = fixture.get(id);
		assertThat(rejected.state()).isEqualTo(SuggestionState.REJECTED);
		assertThat(rejected.rejectReason()).isEqualTo("属于个人诉求，不属于代表建议。");
		illegal(() -> accept.accept(id, rejected.version(), ON));
	}

	@Test
	void mergingKeepsEveryDeputyOnTheSuggestionKept() {
		PersonId coSigner = fixture.deputy();
		PersonId other = fixture.deputy();
		SuggestionId kept = fixture.submitted();
		SuggestionId duplicate = fixture.draftBy(other, coSigner);
		submit.submit(duplicate, fixture.get(duplicate).version(), other, ON);

		merge.merge(List.of(duplicate), kept, ON);

		assertThat(fixture.get(duplicate).state()).isEqualTo(SuggestionState.MERGED);
		assertThat(fixture.get(duplicate).mergedInto()).isEqualTo(kept);
		assertThat(fixture.get(kept).coSigners()).containsExactlyInAnyOrder(other, coSigner);
		assertThat(fixture.get(kept).timeline()).extracting(TimelineEntry::kind).contains(TimelineKind.ABSORBED);
		illegal(() -> merge.merge(List.of(duplicate), kept, ON));
	}

	@Test
	void aKeySuggestionHasASupervisingLeaderAndJointOffices() {
		SuggestionId id = fixture.accepted();
		PersonId leader = fixture.deputy();
		Set<String> offices = Set.of(settings.jointOffices().get(0), settings.jointOffices().get(2));

		markKey.mark(id, fixture.get(id).version(), leader, offices, ON);

		Suggestion s = fixture.get(id);
		assertThat(s.key()).isTrue();
		assertThat(s.supervisingLeader()).isEqualTo(leader);
		assertThat(s.jointOffices()).containsExactlyInAnyOrderElementsOf(offices);
		refused(() -> markKey.mark(id, s.version(), null, Set.of(), ON), "suggestions.error.leaderRequired");
		refused(() -> markKey.mark(id, s.version(), leader, Set.of("不存在的办公室"), ON), "suggestions.error.unknownOffice");
		SuggestionId draftId = fixture.draft();
		illegal(() -> markKey.mark(draftId, fixture.get(draftId).version(), leader, Set.of(), ON));
	}
}
