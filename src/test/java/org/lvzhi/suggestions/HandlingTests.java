package org.lvzhi.suggestions;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lvzhi.suggestions.Refusals.illegal;
import static org.lvzhi.suggestions.Refusals.refused;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.OrganizationId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Assignment, returns, extensions and the units' work, on real 2023 dates around holidays. */
@IntegrationTest
class HandlingTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	AssignSuggestion assign;
	@Autowired
	RequestReturn requestReturn;
	@Autowired
	DecideReturn decideReturn;
	@Autowired
	RequestExtension requestExtension;
	@Autowired
	DecideExtension decideExtension;
	@Autowired
	RecordContact recordContact;
	@Autowired
	SendCoHandlingView sendView;
	@Autowired
	AnswerSuggestion answer;
	@Autowired
	SuggestionDeadlines deadlines;
	@Autowired
	ChaseOverdue chase;
	@Autowired
	JdbcClient jdbc;

	SuggestionFixture fixture;
	OrganizationId lead;
	OrganizationId co;

	@BeforeEach
	void fixture() {
		fixture = new SuggestionFixture(context);
		lead = fixture.unit();
		co = fixture.unit();
	}

	@Test
	void anAnswerDueOnLabourDayHolidaysIsDueOnTheNextWorkingDay() {
		// Assigned on Sunday 29 January 2023, a make-up working day: three months end on Saturday
		// 29 April, the first day of the Labour Day holiday (29 April – 3 May).
		SuggestionId id = fixture.assigned(AssignmentPlan.lead(lead, co), of(2023, 1, 29));

		Suggestion s = fixture.get(id);
		assertThat(s.state()).isEqualTo(SuggestionState.ASSIGNED);
		assertThat(s.answerDue()).isEqualTo(of(2023, 5, 4));
		assertThat(s.assignmentOf(lead).orElseThrow().dueDate()).isEqualTo(of(2023, 5, 4));
		assertThat(s.assignmentOf(co).orElseThrow().role()).isEqualTo(AssignmentRole.CO);
		assertThat(s.assignmentOf(co).orElseThrow().dueDate()).isEqualTo(of(2023, 2, 28));
	}

	@Test
	void onlyAcceptedSuggestionsAreAssignedAndAPlanHasOneLeadOrSeveralSplitUnits() {
		SuggestionId submitted = fixture.submitted();
		illegal(() -> assign.assign(submitted, fixture.get(submitted).version(), AssignmentPlan.lead(lead), of(2023, 2, 1)));
		refused(() -> AssignmentPlan.split(lead), "suggestions.error.plan");
		refused(() -> AssignmentPlan.lead(lead, lead), "suggestions.error.planDuplicate");
	}

	@Test
	void anAssignmentMeetingAssignsEveryLineOrNone() {
		SuggestionId first = fixture.accepted();
		SuggestionId second = fixture.accepted();
		SuggestionId notAccepted = fixture.submitted();

		assertThatThrownBy(() -> assign.assignAll(java.util.List.of(
				new AssignSuggestion.Line(first, fixture.get(first).version(), AssignmentPlan.lead(lead)),
				new AssignSuggestion.Line(notAccepted, fixture.get(notAccepted).version(), AssignmentPlan.lead(lead))),
				of(2023, 2, 20))).isInstanceOf(SuggestionException.class);
		assertThat(fixture.get(first).state()).isEqualTo(SuggestionState.ACCEPTED);

		int assigned = assign.assignAll(java.util.List.of(
				new AssignSuggestion.Line(first, fixture.get(first).version(), AssignmentPlan.lead(lead)),
				new AssignSuggestion.Line(second, fixture.get(second).version(), AssignmentPlan.split(lead, co))),
				of(2023, 2, 20));
		assertThat(assigned).isEqualTo(2);
		assertThat(fixture.get(second).assignments()).extracting(Assignment::role)
			.containsExactly(AssignmentRole.SPLIT, AssignmentRole.SPLIT);
	}

	@Test
	void aUnitMayAskForAReturnWithinSevenWorkingDaysCountedAcrossNationalDay() {
		// Assigned Wednesday 27 September 2023; 29 Sep – 6 Oct off, 7 and 8 October make-up working days.
		LocalDate assignedOn = of(2023, 9, 27);
		assertThat(deadlines.returnWindowOpen(assignedOn, of(2023, 10, 12))).isTrue();
		assertThat(deadlines.returnWindowOpen(assignedOn, of(2023, 10, 13))).isFalse();

		SuggestionId late = fixture.assignedTo(lead, assignedOn);
		refused(() -> requestReturn.request(late, fixture.get(late).version(), lead, "不属于本单位职责", of(2023, 10, 13)),
				"suggestions.error.returnTooLate");

		SuggestionId id = fixture.assignedTo(lead, assignedOn);
		requestReturn.request(id, fixture.get(id).version(), lead, "不属于本单位职责", of(2023, 10, 12));
		refused(() -> requestReturn.request(id, fixture.get(id).version(), lead, "再次申请", of(2023, 10, 12)),
				"suggestions.error.returnAlreadyRequested");
		assertThat(fixture.get(id).assignmentOf(lead).orElseThrow().status()).isEqualTo(AssignmentStatus.RETURN_REQUESTED);
	}

	@Test
	void anApprovedReturnOfTheLeadUnitSendsTheSuggestionBackForAssignment() {
		SuggestionId id = fixture.assigned(AssignmentPlan.lead(lead, co), of(2023, 3, 1));
		refused(() -> decideReturn.decide(id, fixture.get(id).version(), lead, true, of(2023, 3, 3)),
				"suggestions.error.noReturnRequest");
		requestReturn.request(id, fixture.get(id).version(), lead, "不属于本单位职责", of(2023, 3, 2));

		decideReturn.decide(id, fixture.get(id).version(), lead, true, of(2023, 3, 3));

		Suggestion s = fixture.get(id);
		assertThat(s.state()).isEqualTo(SuggestionState.ACCEPTED);
		assertThat(s.standingAssignments()).isEmpty();
		assertThat(s.answerDue()).isNull();
		OrganizationId other = fixture.unit();
		assign.assign(id, s.version(), AssignmentPlan.lead(other), of(2023, 3, 6));
		assertThat(fixture.get(id).leadUnit()).isEqualTo(other);
	}

	@Test
	void aRefusedReturnLeavesTheUnitInCharge() {
		SuggestionId id = fixture.assignedTo(lead, of(2023, 3, 1));
		requestReturn.request(id, fixture.get(id).version(), lead, "不属于本单位职责", of(2023, 3, 2));
		decideReturn.decide(id, fixture.get(id).version(), lead, false, of(2023, 3, 3));
		assertThat(fixture.get(id).assignmentOf(lead).orElseThrow().status()).isEqualTo(AssignmentStatus.ACTIVE);
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.ASSIGNED);
	}

	@Test
	void anApprovedExtensionMakesTheAnswerDueSixMonthsAfterAssignment() {
		// Six months from 31 March 2023 end on Saturday 30 September, inside the National Day
		// holiday; the next working day is the make-up Saturday 7 October.
		SuggestionId id = fixture.assigned(AssignmentPlan.lead(lead, co), of(2023, 3, 31));
		assertThat(fixture.get(id).answerDue()).isEqualTo(of(2023, 6, 30));
		refused(() -> requestExtension.request(id, fixture.get(id).version(), co, "情况复杂", of(2023, 4, 3)),
				"suggestions.error.notAnsweringUnit");
		refused(() -> decideExtension.decide(id, fixture.get(id).version(), true, of(2023, 4, 4)),
				"suggestions.error.noExtensionRequest");

		requestExtension.request(id, fixture.get(id).version(), lead, "涉及多个部门，情况复杂", of(2023, 4, 3));
		decideExtension.decide(id, fixture.get(id).version(), true, of(2023, 4, 4));

		Suggestion s = fixture.get(id);
		assertThat(s.complex()).isTrue();
		assertThat(s.extensionState()).isEqualTo(ExtensionState.APPROVED);
		assertThat(s.answerDue()).isEqualTo(of(2023, 10, 7));
		assertThat(s.assignmentOf(lead).orElseThrow().dueDate()).isEqualTo(of(2023, 10, 7));
		refused(() -> requestExtension.request(id, s.version(), lead, "再次申请", of(2023, 4, 5)),
				"suggestions.error.extensionAlreadyRequested");
	}

	@Test
	void unitsLogTheirContactsAndCoHandlingUnitsSendTheirViewToTheLeadUnit() {
		SuggestionId id = fixture.assigned(AssignmentPlan.lead(lead, co), of(2023, 3, 1));
		OrganizationId stranger = fixture.unit();

		recordContact.record(id, fixture.get(id).version(), lead, ContactStage.BEFORE_HANDLING, of(2023, 3, 8), "上门走访", "听取代表意见");
		sendView.send(id, fixture.get(id).version(), co, "同意主办单位意见，配合落实资金。", of(2023, 3, 20));

		Suggestion s = fixture.get(id);
		assertThat(s.contacts()).singleElement().satisfies(c -> {
			assertThat(c.stage()).isEqualTo(ContactStage.BEFORE_HANDLING);
			assertThat(c.way()).isEqualTo("上门走访");
		});
		assertThat(s.coViews()).singleElement().satisfies(v -> assertThat(v.unit()).isEqualTo(co));
		refused(() -> recordContact.record(id, s.version(), stranger, ContactStage.DURING_HANDLING, of(2023, 3, 9), "电话", null),
				"suggestions.error.notAssignedToUnit");
		refused(() -> recordContact.record(id, s.version(), lead, ContactStage.DURING_HANDLING, of(2023, 3, 9), " ", null),
				"suggestions.error.wayRequired");
		refused(() -> sendView.send(id, s.version(), lead, "意见", of(2023, 3, 9)), "suggestions.error.notCoHandlingUnit");
	}

	@Test
	void theLeadUnitsAnswerMakesTheRatingDueWithinFifteenWorkingDays() {
		// Answered Monday 25 September 2023: the 15 working days run across the National Day holiday
		// and its two make-up days to Friday 20 October.
		SuggestionId id = fixture.assigned(AssignmentPlan.lead(lead, co), of(2023, 7, 3));
		refused(() -> fixture.answer(id, co, AnswerCategory.A, of(2023, 9, 25)), "suggestions.error.notAnsweringUnit");

		fixture.readyToAnswer(id, lead, of(2023, 9, 25));
		answer.answer(id, fixture.get(id).version(), lead, AnswerCategory.B, "已列入明年改造计划。",
				new LetterFile("答复函.pdf", "application/pdf", "%PDF-1.4 letter".getBytes()), of(2023, 9, 25));

		Suggestion s = fixture.get(id);
		assertThat(s.state()).isEqualTo(SuggestionState.ANSWERED);
		assertThat(s.feedbackDue()).isEqualTo(of(2023, 10, 20));
		assertThat(s.answerDue()).isNull();
		Answer given = s.answers().getFirst();
		assertThat(given.category()).isEqualTo(AnswerCategory.B);
		assertThat(context.getBean(SuggestionFiles.class).content(given.letterFileId())).asString().startsWith("%PDF");
		illegal(() -> fixture.answer(id, lead, AnswerCategory.A, of(2023, 9, 26)));
	}

	@Test
	void aSplitSuggestionIsAnsweredWhenEveryUnitHasAnswered() {
		SuggestionId id = fixture.assigned(AssignmentPlan.split(lead, co), of(2023, 3, 1));

		fixture.answer(id, lead, AnswerCategory.A, of(2023, 5, 10));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.ASSIGNED);
		refused(() -> fixture.answer(id, lead, AnswerCategory.A, of(2023, 5, 11)), "suggestions.error.alreadyAnswered");

		fixture.answer(id, co, AnswerCategory.C, of(2023, 5, 12));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.ANSWERED);
		assertThat(fixture.get(id).answeredOn()).isEqualTo(of(2023, 5, 12));
	}

	@Test
	void overdueSuggestionsAreChasedAndShowRed() {
		SuggestionId id = fixture.assignedTo(lead, of(2023, 1, 3));
		LocalDate due = fixture.get(id).answerDue();
		assertThat(due).isEqualTo(of(2023, 4, 3));

		assertThat(deadlines.signal(due, of(2023, 3, 1))).isEqualTo(SuggestionDeadlines.Signal.GREEN);
		assertThat(deadlines.signal(due, of(2023, 3, 24))).isEqualTo(SuggestionDeadlines.Signal.AMBER);
		assertThat(deadlines.signal(due, of(2023, 4, 4))).isEqualTo(SuggestionDeadlines.Signal.RED);

		assertThat(chase.chase(of(2023, 4, 4))).isPositive();
		assertThat(fixture.get(id).timeline()).extracting(TimelineEntry::kind).contains(TimelineKind.CHASED);
	}

	@Test
	void theMorningReminderSkipsDaysOffAndChasesOnWorkingDays() {
		SuggestionId id = fixture.assignedTo(lead, of(2023, 1, 3));
		OverdueReminders reminders = context.getBean(OverdueReminders.class);
		long chasedBefore = fixture.get(id).timeline().stream().filter(t -> t.kind() == TimelineKind.CHASED).count();

		// 2023-04-05 is 清明, a day off: nobody is reminded.
		assertThat(reminders.remind(of(2023, 4, 5))).isZero();
		assertThat(fixture.get(id).timeline().stream().filter(t -> t.kind() == TimelineKind.CHASED).count())
			.isEqualTo(chasedBefore);

		assertThat(reminders.remind(of(2023, 4, 6))).isPositive();
		assertThat(fixture.get(id).timeline().stream().filter(t -> t.kind() == TimelineKind.CHASED).count())
			.isEqualTo(chasedBefore + 1);
	}

	@Test
	void twoEditorsNeverSilentlyOverwriteEachOther() {
		SuggestionId id = fixture.assignedTo(lead, of(2023, 3, 1));
		int seen = fixture.get(id).version();
		recordContact.record(id, seen, lead, ContactStage.BEFORE_HANDLING, of(2023, 3, 8), "座谈", null);

		assertThatThrownBy(() -> recordContact.record(id, seen, lead, ContactStage.DURING_HANDLING, of(2023, 3, 9), "电话", null))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(fixture.get(id).contacts()).hasSize(1);
	}

	@Test
	void everyMoveIsWrittenToTheAuditLogWithItsStateBeforeAndAfter() {
		SuggestionId id = fixture.assignedTo(lead, of(2023, 3, 1));

		var actions = jdbc.sql("SELECT action FROM audit_entry WHERE subject_type = 'Suggestion' AND subject_id = :id ORDER BY id")
			.param("id", id.toString()).query(String.class).list();
		assertThat(actions).containsExactly("suggestions.drafted", "suggestions.submitted", "suggestions.accepted",
				"suggestions.assigned");
		String after = jdbc.sql("SELECT after_state FROM audit_entry WHERE subject_id = :id AND action = 'suggestions.assigned'")
			.param("id", id.toString()).query(String.class).single();
		assertThat(after).contains("\"state\":\"ASSIGNED\"");
	}
}
