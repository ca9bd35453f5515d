package org.lvzhi.suggestions;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who rates an answer and who is told: the lead deputy alone rates; co-signers read the suggestion
 * and its answer and add their view for her; a committee member is a deputy like the others; an
 * answered suggestion's edit address leads back to its page.
 */
@IntegrationTest
class CoSignerTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;
	@Autowired
	JdbcClient jdbc;

	SuggestionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new SuggestionFixture(context);
	}

	private RequestPostProcessor account(Role role, PersonId person) {
		String username = "t-cosign-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Ko-signer-7q2w", "测试" + role, role, null, person.value(), null));
		return user(users.loadUserByUsername(username));
	}

	private SuggestionId answered(PersonId lead, PersonId coSigner, OrganizationId unit) {
		SuggestionId id = fixture.draftBy(lead, coSigner);
		context.getBean(SubmitSuggestion.class).submit(id, fixture.get(id).version(), lead, SuggestionFixture.SUBMITTED_ON);
		context.getBean(AcceptSuggestion.class).accept(id, fixture.get(id).version(), SuggestionFixture.SUBMITTED_ON.plusDays(1));
		context.getBean(AssignSuggestion.class).assign(id, fixture.get(id).version(), AssignmentPlan.lead(unit), of(2023, 2, 1));
		fixture.answer(id, unit, AnswerCategory.A, of(2023, 3, 1));
		return id;
	}

	/** The recipient keys of the suggestion's notifications of one kind. */
	private List<String> recipients(SuggestionId id, String category) {
		return jdbc.sql("""
				SELECT k.recipient_key FROM notifications_notification n JOIN notifications_recipient k ON k.notification_id = n.id
				WHERE n.subject = :subject AND n.category = :category ORDER BY k.recipient_key""")
			.param("subject", "suggestion:" + id).param("category", category).query(String.class).list();
	}

	private boolean settled(SuggestionId id, String category) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM notifications_notification
				WHERE subject = :subject AND category = :category AND settled_at IS NULL""")
			.param("subject", "suggestion:" + id).param("category", category).query(Long.class).single() == 0;
	}

	private String page(SuggestionId id, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/suggestions/" + id).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void onlyTheLeadDeputyIsAskedToRateAndCoSignersReadTheAnswerAndGiveTheirView() throws Exception {
		PersonId lead = fixture.deputy();
		PersonId coSigner = fixture.deputy();
		SuggestionId id = answered(lead, coSigner, fixture.unit());
		RequestPostProcessor coSignerAccount = account(Role.DEPUTY, coSigner);
		RequestPostProcessor leadAccount = account(Role.DEPUTY, lead);

		assertThat(recipients(id, "suggestion.answered")).containsExactly("person:" + lead.value());
		assertThat(recipients(id, "suggestion.answeredCoSigned")).containsExactly("person:" + coSigner.value());

		String coSignersPage = page(id, coSignerAccount);
		assertThat(coSignersPage).contains("答复：已按建议研究办理。", "co-signer-view-form").doesNotContain("/rate\"");
		mvc.perform(post("/suggestions/" + id + "/rate").with(coSignerAccount).with(csrf())
			.param("version", "" + fixture.get(id).version()).param("rating", "SATISFIED"))
			.andExpect(flash().attribute("errorKey", "suggestions.error.notLeadDeputy"));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.ANSWERED);

		mvc.perform(post("/suggestions/" + id + "/co-signer-view").with(coSignerAccount).with(csrf())
			.param("version", "" + fixture.get(id).version()).param("text", "答复对路灯维护的安排还不具体。"))
			.andExpect(redirectedUrl("/suggestions/" + id))
			.andExpect(flash().attribute("successKey", "suggestions.coSignerViewAdded"));
		assertThat(recipients(id, "suggestion.coSignerView")).containsExactly("person:" + lead.value());
		assertThat(page(id, leadAccount)).contains("答复对路灯维护的安排还不具体。", "/rate\"")
			.doesNotContain("co-signer-view-form");

		mvc.perform(post("/suggestions/" + id + "/rate").with(leadAccount).with(csrf())
			.param("version", "" + fixture.get(id).version()).param("rating", "SATISFIED"))
			.andExpect(flash().attribute("successKey", "suggestions.rated"));
		assertThat(settled(id, "suggestion.answered")).as("the request to rate is done").isTrue();
		assertThat(settled(id, "suggestion.coSignerView")).isTrue();
		assertThat(settled(id, "suggestion.answeredCoSigned")).as("co-signers can give no view after the rating").isTrue();
		assertThat(recipients(id, "suggestion.dissatisfied")).as("a satisfied rating asks nothing of the commission").isEmpty();
		assertThat(page(id, coSignerAccount)).doesNotContain("co-signer-view-form").contains("co-signer-note");
	}

	@Test
	void aCommitteeMemberWhoLeadsASuggestionOpensAndRatesItAndFindsItInTheSearch() throws Exception {
		PersonId member = fixture.deputy();
		PersonId coSigningMember = fixture.deputy();
		SuggestionId id = answered(member, coSigningMember, fixture.unit());
		RequestPostProcessor memberAccount = account(Role.MEMBER, member);

		assertThat(page(id, account(Role.MEMBER, coSigningMember))).contains("co-signer-view-form");
		assertThat(page(id, memberAccount)).contains("/rate\"");
		mvc.perform(post("/suggestions/" + id + "/rate").with(memberAccount).with(csrf())
			.param("version", "" + fixture.get(id).version()).param("rating", "DISSATISFIED").param("comment", "未解决。"))
			.andExpect(flash().attribute("successKey", "suggestions.rated"));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.DISSATISFIED);
		assertThat(recipients(id, "suggestion.dissatisfied")).containsExactly("office:DEPUTY_AFFAIRS");
		assertThat(settled(id, "suggestion.dissatisfied")).isFalse();

		context.getBean(ReopenSuggestion.class).reopen(id, fixture.get(id).version(), of(2023, 3, 10));
		assertThat(settled(id, "suggestion.dissatisfied")).as("the commission decided").isTrue();
	}

	@Test
	void screeningSettlesTheCommissionsNoticeOfTheSubmission() {
		SuggestionId id = fixture.submitted();
		assertThat(recipients(id, "suggestion.submitted")).containsExactly("office:DEPUTY_AFFAIRS");
		assertThat(settled(id, "suggestion.submitted")).isFalse();

		context.getBean(AcceptSuggestion.class).accept(id, fixture.get(id).version(), SuggestionFixture.SUBMITTED_ON.plusDays(1));

		assertThat(settled(id, "suggestion.submitted")).isTrue();
	}

	@Test
	void anAnsweredSuggestionsEditAddressLeadsBackToItsPageWithTheReason() throws Exception {
		PersonId lead = fixture.deputy();
		SuggestionId id = answered(lead, fixture.deputy(), fixture.unit());
		RequestPostProcessor deputy = account(Role.DEPUTY, lead);
		String title = fixture.get(id).title();

		assertThat(page(id, deputy)).doesNotContain("/suggestions/" + id + "/edit\"");
		mvc.perform(get("/suggestions/" + id + "/edit").with(deputy))
			.andExpect(redirectedUrl("/suggestions/" + id))
			.andExpect(flash().attribute("errorKey", "suggestions.error.notEditable"));
		mvc.perform(post("/suggestions/" + id + "/edit").with(deputy).with(csrf()).param("title", "改过的标题")
			.param("body", "内容").param("category", "城乡建设").param("version", "" + fixture.get(id).version()))
			.andExpect(redirectedUrl("/suggestions/" + id))
			.andExpect(flash().attribute("errorKey", "suggestions.error.notEditable"));
		assertThat(fixture.get(id).title()).isEqualTo(title);
		assertThat(mvc.perform(get("/suggestions/" + id).with(deputy)
			.flashAttr("errorKey", "suggestions.error.notEditable").flashAttr("errorArgs", new Object[] { fixture.get(id).number() }))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("建议 " + fixture.get(id).number() + " 已经提交，不能再修改");
	}
}
