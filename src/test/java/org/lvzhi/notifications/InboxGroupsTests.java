package org.lvzhi.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox is one line per record, not one per notice; the header counts the records with
 * something waiting; a notice whose request was done stops waiting for everybody.
 */
@IntegrationTest
class InboxGroupsTests {

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
	@Autowired
	UserDetailsService users;

	NotificationFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new NotificationFixture(accounts, events, transactions, jdbc);
	}

	private RequestPostProcessor unit(long org) {
		return user(users.loadUserByUsername(fixture.unitAccount(org).username()));
	}

	private String page(String url, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theNoticesAboutOneRecordAreOneLineAndOpeningItReadsThemAll() throws Exception {
		long org = NotificationFixture.newScopeId();
		RequestPostProcessor unit = unit(org);
		String record = "suggestion:" + org;
		long first = fixture.publishAbout(record, List.of(Recipients.organization(org)), "test.assigned", 1);
		fixture.publishAbout(record, List.of(Recipients.organization(org)), "test.rated", 2);
		long latest = fixture.publishAbout(record, List.of(Recipients.organization(org)), "test.rated", 3);
		long other = fixture.publish(List.of(Recipients.organization(org)), "test.assigned", 4);

		String inbox = page("/inbox", unit);
		assertThat(inbox).contains("id=\"notification-" + latest + "\"", "id=\"notification-" + other + "\"",
				"此事共 3 条通知，未读 3 条", "2 件事项有未读通知", "您有 3 条未读通知")
			.doesNotContain("id=\"notification-" + first + "\"", "您有 1 条未读通知");
		assertThat(page("/inbox/unread-count", unit)).contains(">2<");
		assertThat(page("/inbox?subject=" + record, unit)).contains("id=\"notification-" + first + "\"",
				"id=\"notification-" + latest + "\"", "您有 2 条未读通知").doesNotContain("id=\"notification-" + other + "\"");

		mvc.perform(get("/inbox/" + first).with(unit)).andExpect(redirectedUrl("/calendar"));

		assertThat(page("/inbox/unread-count", unit)).contains(">1<");
		assertThat(page("/inbox?unread=true", unit)).contains("id=\"notification-" + other + "\"")
			.doesNotContain("id=\"notification-" + latest + "\"");
	}

	@Test
	void aNoticeWhoseRequestWasDoneStopsWaitingForEveryRecipient() throws Exception {
		long org = NotificationFixture.newScopeId();
		RequestPostProcessor clerk = unit(org);
		RequestPostProcessor colleague = unit(org);
		String record = "problem:" + org;
		long asked = fixture.publishAbout(record, List.of(Recipients.organization(org)), "test.ask", 1);
		fixture.publishAbout(record, List.of(Recipients.organization(org)), "test.told", 2);
		assertThat(page("/inbox/unread-count", clerk)).contains(">1<");

		new TransactionTemplate(transactions).executeWithoutResult(
				status -> events.publishEvent(NotificationsSettled.of(record, "test.ask")));

		assertThat(page("/inbox/unread-count", colleague)).as("the notice that only told still waits").contains(">1<");
		assertThat(page("/inbox?subject=" + record, clerk)).contains("id=\"notification-" + asked + "\"", "已处理");
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> events.publishEvent(NotificationsSettled.of(record, "test.told")));
		assertThat(page("/inbox/unread-count", clerk)).doesNotContain("badge");
	}

	@Test
	void theBadgeShowsAtMostNinetyNine() throws Exception {
		long org = NotificationFixture.newScopeId();
		RequestPostProcessor unit = unit(org);
		for (int i = 0; i < 100; i++) {
			fixture.publish(List.of(Recipients.organization(org)), "test.many", i);
		}

		assertThat(page("/inbox/unread-count", unit)).contains(">99+<");
		assertThat(page("/inbox", unit)).contains("100 件事项有未读通知");
	}

	@Test
	void aNotificationAboutARecordTheReaderMayNoLongerSeeSaysSoInsteadOfFailing() throws Exception {
		long org = NotificationFixture.newScopeId();
		RequestPostProcessor unit = unit(org);
		long id = new TransactionTemplate(transactions).execute(status -> {
			events.publishEvent(new NotificationRequested(List.of(Recipients.organization(org)), "notifications.digest",
					List.of("1"), "/suggestions/999999999", "test.gone"));
			return fixture.latestId();
		});

		mvc.perform(get("/inbox/" + id).with(unit)).andExpect(redirectedUrl("/inbox"))
			.andExpect(flash().attribute("errorKey", "notifications.error.gone"));
	}
}
