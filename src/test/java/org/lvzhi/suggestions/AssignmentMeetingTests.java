package org.lvzhi.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.OrganizationId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The assignment meeting page: one submit assigns every chosen line, or none. */
@IntegrationTest
class AssignmentMeetingTests {

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

	RequestPostProcessor account(Role role, String office, Long person, Long organization) {
		String username = "t-meeting-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, office, person, organization));
		return user(users.loadUserByUsername(username));
	}

	@Test
	void oneRefusedLineLeavesEveryLineUnassignedAndSaysWhy() throws Exception {
		OrganizationId unit = fixture.unit();
		SuggestionId first = fixture.accepted();
		SuggestionId second = fixture.accepted();
		RequestPostProcessor office = account(Role.STAFF, "DEPUTY_AFFAIRS", null, null);
		assertThat(mvc.perform(get("/suggestions/meeting").with(office)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("name=\"id\" value=\"" + first + "\"");

		String refused = mvc.perform(post("/suggestions/meeting").with(office).with(csrf())
			.param("id", first.toString(), second.toString())
			.param("version", "" + fixture.get(first).version(), "" + fixture.get(second).version())
			.param("lead", "" + unit.value(), "987654321").param("coHandling", "", ""))
			.andExpect(status().is(422)).andReturn().getResponse().getContentAsString();

		assertThat(refused).contains("找不到承办单位").contains("本次均未保存");
		assertThat(fixture.get(first).state()).isEqualTo(SuggestionState.ACCEPTED);
		assertThat(fixture.get(second).state()).isEqualTo(SuggestionState.ACCEPTED);
	}

	@Test
	void oneSubmitAssignsEveryChosenLineAndLeavesTheOthersForLater() throws Exception {
		OrganizationId lead = fixture.unit();
		OrganizationId co = fixture.unit();
		SuggestionId first = fixture.accepted();
		SuggestionId second = fixture.accepted();
		SuggestionId later = fixture.accepted();
		RequestPostProcessor admin = account(Role.ADMIN, null, null, null);

		mvc.perform(post("/suggestions/meeting").with(admin).with(csrf())
			.param("id", first.toString(), second.toString(), later.toString())
			.param("version", "" + fixture.get(first).version(), "" + fixture.get(second).version(),
					"" + fixture.get(later).version())
			.param("lead", "" + lead.value(), "" + lead.value(), "")
			.param("coHandling", co.value() + "", "", ""))
			.andExpect(status().is3xxRedirection());

		assertThat(fixture.get(first).state()).isEqualTo(SuggestionState.ASSIGNED);
		assertThat(fixture.get(first).assignmentOf(co)).isPresent();
		assertThat(fixture.get(second).state()).isEqualTo(SuggestionState.ASSIGNED);
		assertThat(fixture.get(later).state()).isEqualTo(SuggestionState.ACCEPTED);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'Suggestion' AND subject_id = :id AND action = 'suggestions.assigned'")
			.param("id", first.toString()).query(Long.class).single()).isPositive();
	}

	@Test
	void onlyTheDeputiesAffairsCommissionHoldsTheMeeting() throws Exception {
		OrganizationId unit = fixture.unit();
		mvc.perform(get("/suggestions/meeting").with(account(Role.UNIT, null, null, unit.value())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/suggestions/meeting").with(account(Role.STAFF, "GENERAL_OFFICE", null, null)))
			.andExpect(status().isForbidden());
		SuggestionId id = fixture.accepted();
		mvc.perform(post("/suggestions/meeting").with(account(Role.DEPUTY, null, fixture.deputy().value(), null))
			.with(csrf()).param("id", id.toString()).param("version", "" + fixture.get(id).version())
			.param("lead", "" + unit.value()).param("coHandling", "")).andExpect(status().isForbidden());
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.ACCEPTED);
	}
}
