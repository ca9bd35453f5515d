package org.lvzhi.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What a signed-in user reads on /inbox: her own notifications in her language, never another
 * user's, not even by typing the address.
 */
@IntegrationTest
class InboxPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	NotificationFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new NotificationFixture(accounts, events, transactions, jdbc);
	}

	private MockHttpSession signIn(NotificationFixture.Account account) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(account.username()).password(NotificationFixture.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn().getRequest().getSession();
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void aUnitReadsItsOwnNotificationsButNeverAnotherUnitsEvenByUrl() throws Exception {
		long orgA = NotificationFixture.newScopeId();
		long orgB = NotificationFixture.newScopeId();
		var unitA = signIn(fixture.unitAccount(orgA));
		var unitB = signIn(fixture.unitAccount(orgB));
		long forA = fixture.publish(List.of(Recipients.organization(orgA)), "test.isolation", orgA);

		assertThat(page(unitA, "/inbox")).contains("您有 " + orgA + " 条未读通知", "1 件事项有未读通知", "href=\"/inbox/" + forA + "\"");
		assertThat(page(unitB, "/inbox")).doesNotContain(String.valueOf(orgA)).contains("没有通知");
		mvc.perform(get("/inbox/" + forA).session(unitB)).andExpect(status().isNotFound());
		mvc.perform(post("/inbox/" + forA + "/read").session(unitB).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/inbox/read").session(unitB).with(csrf())).andExpect(redirectedUrl("/inbox"));

		assertThat(page(unitA, "/inbox?unread=true")).contains("您有 " + orgA + " 条未读通知");
	}

	@Test
	void openingANotificationReadsItAndLeadsToItsPage() throws Exception {
		long org = NotificationFixture.newScopeId();
		var unit = signIn(fixture.unitAccount(org));
		long id = fixture.publish(List.of(Recipients.organization(org)), "test.open", org);

		mvc.perform(get("/inbox/" + id).session(unit)).andExpect(redirectedUrl("/calendar"));

		assertThat(page(unit, "/inbox?unread=true")).doesNotContain("您有 " + org);
		assertThat(page(unit, "/inbox")).contains("您有 " + org, "0 件事项有未读通知");
	}

	@Test
	void aDeputyReadsHerNotificationsInEnglishAndFiltersThem() throws Exception {
		long person = NotificationFixture.newScopeId();
		var deputy = signIn(fixture.deputyAccount(person));
		fixture.publish(List.of(Recipients.person(person)), "digest", person);
		fixture.publish(List.of(Recipients.person(person)), "test.other", person + 1);

		String english = page(deputy, "/inbox?lang=en&category=digest");
		assertThat(english).contains("You have " + person + " unread notifications", "Daily digest", "Unread only")
			.doesNotContain("You have " + (person + 1)).doesNotContain("??");
		assertThat(page(deputy, "/inbox?category=test.other")).contains("您有 " + (person + 1)).doesNotContain("您有 " + person + " ");
	}

	@Test
	void markingOneOrAllReadIsAPostWithTheFormToken() throws Exception {
		long org = NotificationFixture.newScopeId();
		var unit = signIn(fixture.unitAccount(org));
		long first = fixture.publish(List.of(Recipients.organization(org)), "test.mark", 1);
		fixture.publish(List.of(Recipients.organization(org)), "test.mark", 2);

		mvc.perform(post("/inbox/" + first + "/read").session(unit)).andExpect(status().isForbidden());
		mvc.perform(post("/inbox/" + first + "/read").session(unit).with(csrf())).andExpect(redirectedUrl("/inbox"));
		assertThat(page(unit, "/inbox/unread-count")).contains(">1<").doesNotContain("<html");

		mvc.perform(post("/inbox/read").session(unit).with(csrf()))
			.andExpect(redirectedUrl("/inbox"))
			.andExpect(flash().attribute("successKey", "notifications.allRead"));
		assertThat(page(unit, "/inbox/unread-count")).doesNotContain("badge");
	}

	@Test
	void theNavigationAndTheHomePageShowTheInbox() throws Exception {
		var staff = signIn(fixture.staffAccount("RESEARCH"));

		assertThat(page(staff, "/")).contains("href=\"/inbox\"", "hx-get=\"/inbox/unread-count\"", "未读通知");
		mvc.perform(get("/inbox")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void onlyTheAdministratorSeesTheDeliveries() throws Exception {
		var staff = signIn(fixture.staffAccount("RESEARCH"));
		var admin = signIn(fixture.adminAccount());

		mvc.perform(get("/admin/notifications").session(staff)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/notifications/1/retry").session(staff).with(csrf())).andExpect(status().isForbidden());
		assertThat(page(admin, "/admin/notifications?state=FAILED")).contains("通知邮件投递");
		assertThat(page(admin, "/")).contains("href=\"/admin/notifications\"");
	}
}
