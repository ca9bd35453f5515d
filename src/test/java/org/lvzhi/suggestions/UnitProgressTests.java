package org.lvzhi.suggestions;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A unit's row says what its records say: once a unit has answered (or sent its co-handling view),
 * its row no longer says 办理中, on the suggestion's page and on its workbench, even while another
 * unit still works on the suggestion.
 */
@IntegrationTest
class UnitProgressTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	SendCoHandlingView sendView;
	@Autowired
	Directory directory;
	@Autowired
	MockMvc mvc;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;

	SuggestionFixture fixture;
	OrganizationId first;
	OrganizationId second;

	@BeforeEach
	void fixture() {
		fixture = new SuggestionFixture(context);
		first = fixture.unit();
		second = fixture.unit();
	}

	private static RequestPostProcessor office() {
		return user("progress-office").authorities(() -> "ROLE_STAFF", () -> "OFFICE_DEPUTY_AFFAIRS");
	}

	private String page(String url, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The assignment row of a unit on the suggestion's page. */
	private String row(String page, OrganizationId unit) {
		String name = directory.organization(unit).orElseThrow().name();
		return Arrays.stream(page.split("<tr")).map(r -> r.contains("</tr>") ? r.substring(0, r.indexOf("</tr>")) : r)
			.filter(r -> r.contains(name)).findFirst().orElseThrow();
	}

	private RequestPostProcessor unitAccount(OrganizationId unit) {
		String username = "t-progress-" + System.nanoTime();
		accounts.open(new NewAccount(username, "Unit-progress-5k8", "测试承办单位", Role.UNIT, null, null, unit.value()));
		return user(users.loadUserByUsername(username));
	}

	@Test
	void aSplitUnitThatAnsweredIsShownAnsweredWhileTheOtherStillHandles() throws Exception {
		SuggestionId id = fixture.assigned(AssignmentPlan.split(first, second), of(2023, 3, 1));
		fixture.answer(id, first, AnswerCategory.A, of(2023, 5, 10));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.ASSIGNED);

		String detail = page("/suggestions/" + id, office());
		assertThat(row(detail, first)).contains("已答复").doesNotContain("办理中");
		assertThat(row(detail, second)).contains("办理中");

		String workbench = page("/suggestions/workbench", unitAccount(first));
		String line = Arrays.stream(workbench.split("</tr>")).filter(r -> r.contains("/suggestions/" + id + "\""))
			.findFirst().orElseThrow();
		assertThat(line).contains("已答复").doesNotContain("办理中");
	}

	@Test
	void aCoHandlingUnitThatSentItsViewAndALeadUnitThatAnsweredAreNotShownHandling() throws Exception {
		SuggestionId id = fixture.assigned(AssignmentPlan.lead(first, second), of(2023, 3, 1));
		sendView.send(id, fixture.get(id).version(), second, "会办意见：同意。", of(2023, 3, 20));

		assertThat(row(page("/suggestions/" + id, office()), second)).contains("已提交会办意见");

		fixture.answer(id, first, AnswerCategory.A, of(2023, 5, 10));
		fixture.rate(id, Rating.SATISFIED, of(2023, 5, 15));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.CLOSED);

		String closed = page("/suggestions/" + id, office());
		assertThat(row(closed, first)).contains("已答复").doesNotContain("办理中");
		assertThat(row(closed, second)).contains("已提交会办意见").doesNotContain("办理中");
	}
}
