package org.lvzhi.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.audit.AuditLog;
import org.lvzhi.deadlines.Deadlines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A user chooses the daily digest on her inbox settings: no e-mail per notification any more, one
 * digest a working day, in the inbox and by e-mail, only when something new came.
 */
@IntegrationTest
class DailyDigestTests {

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
	@Autowired
	RecordingMailSender mail;
	@Autowired
	DailyDigest digest;
	@Autowired
	Deadlines deadlines;
	@Autowired
	AuditLog audit;

	NotificationFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new NotificationFixture(accounts, events, transactions, jdbc);
	}

	private String page(String url, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private LocalDate workingDayAfter(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (!deadlines.isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	@Test
	void aDailyDigestReplacesTheEMailPerNoticeAndComesOnlyWhenSomethingNewCame() throws Exception {
		long org = NotificationFixture.newScopeId();
		String address = "digest-" + org + "@example.org";
		var account = fixture.withEmail(fixture.unitAccount(org), address);
		RequestPostProcessor clerk = user(users.loadUserByUsername(account.username()));

		assertThat(page("/inbox/settings", clerk)).contains("每日汇总", "每条通知即时发送", address);
		mvc.perform(post("/inbox/settings").with(clerk).with(csrf()).param("frequency", "DAILY").param("version", "0"))
			.andExpect(redirectedUrl("/inbox/settings"))
			.andExpect(flash().attribute("successKey", "notifications.settings.saved"));
		mvc.perform(post("/inbox/settings").with(clerk).with(csrf()).param("frequency", "IMMEDIATE").param("version", "0"))
			.andExpect(flash().attribute("errorKey", "error.concurrentEdit"));
		assertThat(audit.historyOf("Account", String.valueOf(account.id())))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("notifications.frequency.chosen"));

		fixture.publish(List.of(Recipients.organization(org)), "test.first", 1);
		fixture.publish(List.of(Recipients.organization(org)), "test.first", 2);
		fixture.publish(List.of(Recipients.organization(org)), "test.second", 3);
		assertThat(mail.sentTo(address)).as("no e-mail per notice").isEmpty();

		LocalDate day = workingDayAfter(deadlines.today());
		assertThat(digest.send(day)).isPositive();
		assertThat(mail.sentTo(address)).singleElement().satisfies(m -> {
			assertThat(m.getSubject()).isEqualTo("【履职】每日汇总：3 件事项有待处理的通知（共 3 条）。");
			assertThat(m.getText()).contains("· test.first：2 件（2 条通知）", "· test.second：1 件（1 条通知）",
					"http://localhost:8080/inbox?unread=true");
		});
		assertThat(page("/inbox", clerk)).contains("每日汇总：3 件事项有待处理的通知（共 3 条）。");

		digest.send(day);
		LocalDate next = workingDayAfter(day);
		digest.send(next);
		assertThat(mail.sentTo(address)).as("once a day, and not again without anything new").hasSize(1);

		fixture.publish(List.of(Recipients.organization(org)), "test.third", 4);
		digest.send(workingDayAfter(next));
		assertThat(mail.sentTo(address)).hasSize(2);
		assertThat(mail.sentTo(address).get(1).getSubject()).contains("4 件事项");
	}

	@Test
	void noDigestGoesOutOnADayOff() {
		LocalDate saturday = LocalDate.of(2023, 3, 4);
		assertThat(deadlines.isWorkingDay(saturday)).isFalse();

		assertThat(digest.send(saturday)).isZero();
	}
}
