package org.lvzhi.suggestions;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.RegisterPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Scopes on the pages: who opens which suggestion, and what the public sees. */
@IntegrationTest
class SuggestionPagesTests {

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
	RegisterPerson register;

	SuggestionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new SuggestionFixture(context);
	}

	private RequestPostProcessor account(Role role, String office, Long person, Long organization) {
		String username = "t-sugg-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, office, person, organization));
		return user(users.loadUserByUsername(username));
	}

	private RequestPostProcessor unitAccount(OrganizationId unit) {
		return account(Role.UNIT, null, null, unit.value());
	}

	private RequestPostProcessor deputyAccount(PersonId person) {
		return account(Role.DEPUTY, null, person.value(), null);
	}

	private RequestPostProcessor office() {
		return account(Role.STAFF, "DEPUTY_AFFAIRS", null, null);
	}

	@Test
	void aUnitOpensItsOwnSuggestionButNotAnotherUnitsByUrl() throws Exception {
		OrganizationId mine = fixture.unit();
		OrganizationId other = fixture.unit();
		SuggestionId ours = fixture.assignedTo(mine, of(2023, 3, 1));
		SuggestionId theirs = fixture.assignedTo(other, of(2023, 3, 1));
		RequestPostProcessor unit = unitAccount(mine);

		mvc.perform(get("/suggestions/" + ours).with(unit)).andExpect(status().isOk());
		mvc.perform(get("/suggestions/" + theirs).with(unit)).andExpect(status().isNotFound());
		mvc.perform(post("/suggestions/" + theirs + "/unit/contact").with(unit).with(csrf())
			.param("version", "" + fixture.get(theirs).version()).param("stage", "BEFORE_HANDLING")
			.param("date", "2023-03-02").param("way", "电话"));
		assertThat(fixture.get(theirs).contacts()).isEmpty();
		String workbench = mvc.perform(get("/suggestions/workbench").with(unit)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(workbench).contains("/suggestions/" + ours + "\"").doesNotContain("/suggestions/" + theirs + "\"");
		mvc.perform(get("/suggestions").with(unit)).andExpect(status().isForbidden());
	}

	@Test
	void aDeputySeesOnlyHerOwnDraftsAndCoSignersSeeTheSubmittedSuggestion() throws Exception {
		PersonId lead = fixture.deputy();
		PersonId coSigner = fixture.deputy();
		SuggestionId id = fixture.draftBy(lead, coSigner);

		mvc.perform(get("/suggestions/" + id).with(deputyAccount(lead))).andExpect(status().isOk());
		mvc.perform(get("/suggestions/" + id).with(deputyAccount(coSigner))).andExpect(status().isNotFound());
		mvc.perform(get("/suggestions/" + id).with(office())).andExpect(status().isNotFound());
		mvc.perform(get("/suggestions/" + id + "/edit").with(deputyAccount(fixture.deputy()))).andExpect(status().isNotFound());

		mvc.perform(post("/suggestions/" + id + "/submit").with(deputyAccount(lead)).with(csrf())
			.param("version", "" + fixture.get(id).version())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/suggestions/" + id).with(deputyAccount(coSigner))).andExpect(status().isOk());
		String mine = mvc.perform(get("/suggestions/mine").with(deputyAccount(coSigner))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(mine).contains("/suggestions/" + id + "\"");
	}

	@Test
	void aStaleDraftFormIsShownAgainWithTheConcurrentEditWarning() throws Exception {
		PersonId lead = fixture.deputy();
		SuggestionId id = fixture.draftBy(lead);
		int seen = fixture.get(id).version();
		RequestPostProcessor deputy = deputyAccount(lead);
		mvc.perform(post("/suggestions/" + id + "/edit").with(deputy).with(csrf()).param("title", "第一次修改")
			.param("body", "内容").param("category", "城乡建设").param("version", "" + seen))
			.andExpect(status().is3xxRedirection());

		String page = mvc.perform(post("/suggestions/" + id + "/edit").with(deputy).with(csrf()).param("title", "第二次修改")
			.param("body", "内容").param("category", "城乡建设").param("version", "" + seen))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("该记录已被他人修改").contains("第二次修改");
		assertThat(fixture.get(id).title()).isEqualTo("第一次修改");
	}

	@Test
	void thePublicReadsAnsweredSuggestionsWithoutPersonalData() throws Exception {
		PersonId deputy = register.register(new PersonDetails("公开页代表" + SEQUENCE.incrementAndGet(), Gender.MALE, "汉族",
				"医生", new PersonalData(null, "13912345678", LocalDate.of(1970, 5, 6))));
		OrganizationId unit = fixture.unit();
		SuggestionId answered = fixture.submittedBy(deputy);
		Suggestion s = fixture.get(answered);
		context.getBean(AcceptSuggestion.class).accept(answered, s.version(), of(2023, 1, 11));
		context.getBean(AssignSuggestion.class).assign(answered, fixture.get(answered).version(), AssignmentPlan.lead(unit), of(2023, 2, 1));
		fixture.answer(answered, unit, AnswerCategory.A, of(2023, 4, 3));
		SuggestionId handling = fixture.assignedTo(unit, of(2023, 3, 1));

		String page = mvc.perform(get("/public/suggestions/" + answered)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(fixture.get(answered).title()).contains("公开页代表").contains("答复：已按建议研究办理。")
			.doesNotContain("13912345678").doesNotContain("1970-05-06").doesNotContain("/files/");
		mvc.perform(get("/public/suggestions/" + handling)).andExpect(status().isNotFound());
		mvc.perform(get("/public/suggestions")).andExpect(status().isOk());
	}

	@Test
	void theOfficeFiltersTheListAndActsOnASuggestion() throws Exception {
		SuggestionId id = fixture.submitted();
		RequestPostProcessor office = office();
		String list = mvc.perform(get("/suggestions").param("state", "SUBMITTED").param("year", "2023").with(office))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("/suggestions/" + id + "\"");

		mvc.perform(post("/suggestions/" + id + "/accept").with(office).with(csrf())
			.param("version", "" + fixture.get(id).version())).andExpect(status().is3xxRedirection());
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.ACCEPTED);
		mvc.perform(get("/suggestions/" + id).with(office)).andExpect(status().isOk());
		mvc.perform(get("/suggestions").with(deputyAccount(fixture.deputy()))).andExpect(status().isForbidden());
	}
}
