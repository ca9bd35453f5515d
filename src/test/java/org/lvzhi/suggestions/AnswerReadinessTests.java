package org.lvzhi.suggestions;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lead unit answers only after its three contacts with the deputy (三见面) and after the
 * co-handling units' views have come or their month has passed; the refusal names what is missing,
 * and the unit's workbench shows it beforehand.
 */
@IntegrationTest
class AnswerReadinessTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	AnswerSuggestion answer;
	@Autowired
	RecordContact recordContact;
	@Autowired
	SendCoHandlingView sendView;
	@Autowired
	MessageSource messages;
	@Autowired
	Directory directory;
	@Autowired
	MockMvc mvc;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;

	SuggestionFixture fixture;
	OrganizationId lead;
	OrganizationId co;

	@BeforeEach
	void fixture() {
		fixture = new SuggestionFixture(context);
		lead = fixture.unit();
		co = fixture.unit();
	}

	private void answer(SuggestionId id, java.time.LocalDate on) {
		answer.answer(id, fixture.get(id).version(), lead, AnswerCategory.A, "已按建议办理。", null, on);
	}

	private void contact(SuggestionId id, ContactStage stage, java.time.LocalDate on) {
		recordContact.record(id, fixture.get(id).version(), lead, stage, on, "座谈", null);
	}

	private String refusal(SuggestionId id, java.time.LocalDate on) {
		Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> answer(id, on));
		assertThat(t).isInstanceOf(SuggestionException.class);
		SuggestionException e = (SuggestionException) t;
		assertThat(e.messageKey()).isEqualTo("suggestions.error.notReadyToAnswer");
		return messages.getMessage(e.messageKey(), e.args(), Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void theLeadUnitIsRefusedUntilItHasMetTheDeputyBeforeDuringAndBeforeAnswering() {
		// Assigned 1 March 2023 with a co-handling unit whose view is due on 3 April.
		SuggestionId id = fixture.assigned(AssignmentPlan.lead(lead, co), of(2023, 3, 1));
		sendView.send(id, fixture.get(id).version(), co, "会办意见：同意。", of(2023, 3, 20));

		String nothingYet = refusal(id, of(2023, 5, 10));
		assertThat(nothingYet).startsWith("尚不能答复").contains("办理前", "办理中", "答复前");

		contact(id, ContactStage.BEFORE_HANDLING, of(2023, 3, 6));
		contact(id, ContactStage.DURING_HANDLING, of(2023, 4, 6));
		String oneLeft = refusal(id, of(2023, 5, 10));
		assertThat(oneLeft).contains("答复前与代表的见面沟通").doesNotContain("办理前与代表", "办理中与代表");
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.ASSIGNED);
		assertThat(fixture.get(id).answers()).isEmpty();

		contact(id, ContactStage.BEFORE_ANSWERING, of(2023, 5, 8));
		answer(id, of(2023, 5, 10));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.ANSWERED);
	}

	@Test
	void aRefusedAnswerComesBackWithTheLongOfficialReplyStillThere() throws Exception {
		SuggestionId id = fixture.assigned(AssignmentPlan.lead(lead, co), of(2023, 3, 1));
		String username = "t-answer-" + System.nanoTime() % 1_000_000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试承办", Role.UNIT, null, null, lead.value()));
		var unit = user(users.loadUserByUsername(username));
		String reply = "关于您提出的建议，我局高度重视，经认真研究，现答复如下：一是加快老旧小区改造；二是完善配套设施。"
				.repeat(8);
		String page = "/suggestions/" + id.value();
		var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart(page + "/unit/answer").param("version", String.valueOf(fixture.get(id).version()))
			.param("category", "A").param("text", reply).with(unit)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.header("Referer", "http://localhost" + page).accept("text/html"))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(result.getFlashMap().get("errorKey")).isEqualTo("suggestions.error.notReadyToAnswer");
		String answered = mvc.perform(get(result.getResponse().getRedirectedUrl()).with(unit)
			.flashAttrs(result.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// The reason, and the reply as typed in the answer form's text area, with the category chosen.
		assertThat(answered).contains("尚不能答复");
		int form = answered.indexOf("/unit/answer\"");
		assertThat(form).isPositive();
		assertThat(answered.substring(form)).contains(">" + reply + "</textarea>")
			.contains("<option value=\"A\" selected=\"selected\"");
		assertThat(fixture.get(id).answers()).isEmpty();
	}

	@Test
	void theCoHandlingUnitsViewHoldsTheAnswerUpOnlyWhileItsMonthRuns() {
		SuggestionId waiting = fixture.assigned(AssignmentPlan.lead(lead, co), of(2023, 3, 1));
		for (ContactStage stage : ContactStage.values()) {
			contact(waiting, stage, of(2023, 3, 10));
		}
		String coName = directory.organization(co).orElseThrow().name();
		// The view is due on 3 April 2023 (1 April is a Saturday... the month ends on a working day).
		java.time.LocalDate viewDue = fixture.get(waiting).assignmentOf(co).orElseThrow().dueDate();
		assertThat(refusal(waiting, viewDue)).contains("会办单位意见", coName).doesNotContain("见面沟通");

		answer(waiting, viewDue.plusDays(1));
		assertThat(fixture.get(waiting).state()).isEqualTo(SuggestionState.ANSWERED);

		SuggestionId heard = fixture.assigned(AssignmentPlan.lead(lead, co), of(2023, 3, 1));
		for (ContactStage stage : ContactStage.values()) {
			contact(heard, stage, of(2023, 3, 10));
		}
		sendView.send(heard, fixture.get(heard).version(), co, "会办意见：同意。", of(2023, 3, 15));
		answer(heard, of(2023, 3, 20));
		assertThat(fixture.get(heard).state()).isEqualTo(SuggestionState.ANSWERED);
	}

	@Test
	void contactsOfAnotherUnitDoNotCountAndCoHandlingUnitsStillCannotAnswer() {
		SuggestionId id = fixture.assigned(AssignmentPlan.lead(lead, co), of(2023, 3, 1));
		for (ContactStage stage : ContactStage.values()) {
			recordContact.record(id, fixture.get(id).version(), co, stage, of(2023, 3, 10), "电话", null);
		}
		assertThat(fixture.get(id).readiness(lead, java.util.List.of(ContactStage.values()), of(2023, 5, 10))
			.missingContacts()).containsExactly(ContactStage.values());
		assertThatThrownBy(() -> answer.answer(id, fixture.get(id).version(), co, AnswerCategory.A, "答复", null,
				of(2023, 5, 10))).isInstanceOfSatisfying(SuggestionException.class,
						e -> assertThat(e.messageKey()).isEqualTo("suggestions.error.notAnsweringUnit"));
	}

	@Test
	void aReHandlingBuildsOnTheContactsAlreadyMade() {
		SuggestionId id = fixture.dissatisfied(lead, of(2023, 5, 10));
		context.getBean(ReopenSuggestion.class).reopen(id, fixture.get(id).version(), of(2023, 5, 16));
		answer(id, of(2023, 6, 1));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.ANSWERED);
		assertThat(fixture.get(id).round()).isEqualTo(2);
	}

	@Test
	void theWorkbenchAndThePageShowWhatIsStillMissing() throws Exception {
		SuggestionId id = fixture.assigned(AssignmentPlan.lead(lead, co), of(2023, 3, 1));
		contact(id, ContactStage.BEFORE_HANDLING, of(2023, 3, 6));
		String username = "t-ready-" + System.nanoTime();
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试承办单位", Role.UNIT, null, null, lead.value()));
		var unit = user(users.loadUserByUsername(username));

		String workbench = mvc.perform(get("/suggestions/workbench").with(unit)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(workbench).contains("办理中见面", "答复前见面").doesNotContain(">办理前见面<");
		String page = mvc.perform(get("/suggestions/" + id).with(unit)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("id=\"readiness\"", "答复前见面");
	}
}
