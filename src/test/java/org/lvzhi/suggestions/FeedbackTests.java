package org.lvzhi.suggestions;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.suggestions.Refusals.illegal;
import static org.lvzhi.suggestions.Refusals.refused;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.OrganizationId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The deputy's rating, reopening after 不满意, follow-up of B and C answers, and closing. */
@IntegrationTest
class FeedbackTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	RateAnswer rate;
	@Autowired
	ReopenSuggestion reopen;
	@Autowired
	CloseSuggestion close;
	@Autowired
	ReportProgress report;
	@Autowired
	MarkImplemented implemented;

	SuggestionFixture fixture;
	OrganizationId unit;

	@BeforeEach
	void fixture() {
		fixture = new SuggestionFixture(context);
		unit = fixture.unit();
	}

	@Test
	void aSatisfiedRatingOfAnAAnswerClosesTheSuggestion() {
		SuggestionId id = fixture.answeredBy(unit, AnswerCategory.A, of(2023, 5, 10));
		fixture.rate(id, Rating.SATISFIED, of(2023, 5, 12));

		Suggestion s = fixture.get(id);
		assertThat(s.state()).isEqualTo(SuggestionState.CLOSED);
		assertThat(s.closedOn()).isEqualTo(of(2023, 5, 12));
		assertThat(s.latestFeedback().orElseThrow().rating()).isEqualTo(Rating.SATISFIED);
	}

	@Test
	void onlyTheLeadDeputyRatesAndADissatisfiedRatingNeedsAComment() {
		SuggestionId id = fixture.answeredBy(unit, AnswerCategory.A, of(2023, 5, 10));
		Suggestion s = fixture.get(id);
		refused(() -> rate.rate(id, s.version(), fixture.deputy(), Rating.SATISFIED, null, of(2023, 5, 11)),
				"suggestions.error.notLeadDeputy");
		refused(() -> rate.rate(id, s.version(), s.leadDeputy(), Rating.DISSATISFIED, " ", of(2023, 5, 11)),
				"suggestions.error.commentRequired");
		SuggestionId handling = fixture.assignedTo(unit, of(2023, 5, 1));
		illegal(() -> rate.rate(handling, fixture.get(handling).version(), fixture.get(handling).leadDeputy(),
				Rating.SATISFIED, null, of(2023, 5, 11)));
	}

	@Test
	void dissatisfiedReopensForASecondAnswerDueWithinAMonth() {
		// Reopened Thursday 31 August 2023: one month ends on Saturday 30 September, a holiday; the
		// next working day is the make-up Saturday 7 October.
		SuggestionId id = fixture.dissatisfied(unit, of(2023, 8, 20));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.DISSATISFIED);

		reopen.reopen(id, fixture.get(id).version(), of(2023, 8, 31));

		Suggestion s = fixture.get(id);
		assertThat(s.state()).isEqualTo(SuggestionState.REOPENED);
		assertThat(s.round()).isEqualTo(2);
		assertThat(s.answerDue()).isEqualTo(of(2023, 10, 7));
		fixture.answer(id, unit, AnswerCategory.A, of(2023, 9, 20));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.ANSWERED);
		assertThat(fixture.get(id).latestAnswers()).singleElement().satisfies(a -> assertThat(a.round()).isEqualTo(2));
	}

	@Test
	void afterASecondDissatisfiedRatingTheOfficeClosesInsteadOfReopening() {
		SuggestionId id = fixture.dissatisfied(unit, of(2023, 6, 1));
		reopen.reopen(id, fixture.get(id).version(), of(2023, 6, 10));
		fixture.answer(id, unit, AnswerCategory.D, of(2023, 6, 20));
		fixture.rate(id, Rating.DISSATISFIED, of(2023, 6, 21));

		refused(() -> reopen.reopen(id, fixture.get(id).version(), of(2023, 6, 25)), "suggestions.error.noMoreRounds");
		close.close(id, fixture.get(id).version(), of(2023, 6, 25));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.CLOSED);
	}

	@Test
	void theOfficeClosesAnUnratedAnswerOnlyAfterTheFeedbackPeriod() {
		SuggestionId id = fixture.answeredBy(unit, AnswerCategory.A, of(2023, 9, 25));
		refused(() -> close.close(id, fixture.get(id).version(), of(2023, 10, 20)), "suggestions.error.feedbackPending");

		close.close(id, fixture.get(id).version(), of(2023, 10, 23));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.CLOSED);
	}

	@Test
	void aBAnswerStaysUnderFollowUpUntilImplemented() {
		SuggestionId id = fixture.underFollowUp(unit, of(2023, 6, 1));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.FOLLOW_UP);
		illegal(() -> reopen.reopen(id, fixture.get(id).version(), of(2023, 6, 10)));

		report.report(id, fixture.get(id).version(), unit, "项目已开工，完成投资40%。", of(2023, 9, 1));
		refused(() -> report.report(id, fixture.get(id).version(), fixture.unit(), "进展", of(2023, 9, 2)),
				"suggestions.error.notAssignedToUnit");
		implemented.mark(id, fixture.get(id).version(), of(2023, 12, 1));

		Suggestion s = fixture.get(id);
		assertThat(s.state()).isEqualTo(SuggestionState.CLOSED);
		assertThat(s.implemented()).isTrue();
		assertThat(s.progress()).hasSize(1);
		illegal(() -> implemented.mark(id, s.version(), of(2023, 12, 2)));
		illegal(() -> report.report(id, s.version(), unit, "进展", of(2023, 12, 2)));
	}
}
