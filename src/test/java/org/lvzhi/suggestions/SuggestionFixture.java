package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.RegisterPerson;
import org.springframework.context.ApplicationContext;

/**
 * Suggestions named by state, each with a fresh deputy and fresh units so that tests sharing one
 * database never meet. Every move takes an explicit date.
 */
public final class SuggestionFixture {

	public static final LocalDate SUBMITTED_ON = LocalDate.of(2023, 1, 10);
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ApplicationContext context;

	public SuggestionFixture(ApplicationContext context) {
		this.context = context;
	}

	private <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public PersonId deputy() {
		return bean(RegisterPerson.class).register(new PersonDetails("测试代表" + SEQUENCE.incrementAndGet(),
				Gender.FEMALE, "汉族", "教师", PersonalData.none()));
	}

	public OrganizationId unit() {
		return bean(CreateOrganization.class).create(new OrganizationDetails("测试承办单位" + System.nanoTime() + SEQUENCE.incrementAndGet(),
				Classification.GOVERNMENT_DEPARTMENT, null, null, null, null, null, null));
	}

	public static SuggestionContent content(String title) {
		return new SuggestionContent(title, "建议内容：" + title, "城乡建设", 2023);
	}

	public Suggestion get(SuggestionId id) {
		return bean(Suggestions.class).get(id).orElseThrow();
	}

	public SuggestionId draftBy(PersonId deputy, PersonId... coSigners) {
		return bean(DraftSuggestion.class).draft(deputy, content("关于加强老旧小区改造的建议"), List.of(coSigners),
				SUBMITTED_ON.minusDays(2));
	}

	public SuggestionId draft() {
		return draftBy(deputy());
	}

	public SuggestionId submittedBy(PersonId deputy) {
		SuggestionId id = draftBy(deputy);
		bean(SubmitSuggestion.class).submit(id, get(id).version(), deputy, SUBMITTED_ON);
		return id;
	}

	public SuggestionId submitted() {
		return submittedBy(deputy());
	}

	public SuggestionId accepted() {
		SuggestionId id = submitted();
		bean(AcceptSuggestion.class).accept(id, get(id).version(), SUBMITTED_ON.plusDays(1));
		return id;
	}

	public SuggestionId assigned(AssignmentPlan plan, LocalDate on) {
		SuggestionId id = accepted();
		bean(AssignSuggestion.class).assign(id, get(id).version(), plan, on);
		return id;
	}

	public SuggestionId assignedTo(OrganizationId unit, LocalDate on) {
		return assigned(AssignmentPlan.lead(unit), on);
	}

	public SuggestionId answeredBy(OrganizationId unit, AnswerCategory category, LocalDate on) {
		SuggestionId id = assignedTo(unit, on.minusMonths(1));
		answer(id, unit, category, on);
		return id;
	}

	public void answer(SuggestionId id, OrganizationId unit, AnswerCategory category, LocalDate on) {
		readyToAnswer(id, unit, on);
		bean(AnswerSuggestion.class).answer(id, get(id).version(), unit, category, "答复：已按建议研究办理。", null, on);
	}

	/**
	 * Logs what the unit still owes before answering on {@code on}: its missing contacts with the
	 * deputy (三见面), a few days before, and the awaited views of the co-handling units.
	 */
	public void readyToAnswer(SuggestionId id, OrganizationId unit, LocalDate on) {
		Suggestion s = get(id);
		if (!s.state().isHandling() || s.assignmentOf(unit).map(a -> !a.role().answers()).orElse(true)) {
			return;
		}
		AnswerReadiness readiness = s.readiness(unit, List.of(ContactStage.values()), on);
		int daysBefore = readiness.missingContacts().size();
		for (ContactStage stage : readiness.missingContacts()) {
			bean(RecordContact.class).record(id, get(id).version(), unit, stage, on.minusDays(daysBefore--), "座谈", null);
		}
		for (OrganizationId co : readiness.awaitedViews()) {
			bean(SendCoHandlingView.class).send(id, get(id).version(), co, "会办意见：同意主办单位意见。", on.minusDays(1));
		}
	}

	public void rate(SuggestionId id, Rating rating, LocalDate on) {
		Suggestion s = get(id);
		bean(RateAnswer.class).rate(id, s.version(), s.leadDeputy(), rating, "意见：" + rating, on);
	}

	public SuggestionId dissatisfied(OrganizationId unit, LocalDate answeredOn) {
		SuggestionId id = answeredBy(unit, AnswerCategory.A, answeredOn);
		rate(id, Rating.DISSATISFIED, answeredOn.plusDays(3));
		return id;
	}

	public SuggestionId underFollowUp(OrganizationId unit, LocalDate answeredOn) {
		SuggestionId id = answeredBy(unit, AnswerCategory.B, answeredOn);
		rate(id, Rating.SATISFIED, answeredOn.plusDays(3));
		return id;
	}
}
