package org.lvzhi.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.audit.AuditEntry;
import org.lvzhi.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With a mail server, a notification is e-mailed in Chinese to the addresses of the accounts it is
 * for, once the change has been committed; a failing server leaves the change done and the failure
 * on record until the administrator sends the e-mail again.
 */
@IntegrationTest
class MailDeliveryTests {

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
	RecordingMailSender mail;

	@Autowired
	Deliveries deliveries;

	@Autowired
	AuditLog audit;

	NotificationFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new NotificationFixture(accounts, events, transactions, jdbc);
	}

	@Test
	void eMailGoesOutAfterTheCommitToTheUnitsAddressInChinese() {
		long org = NotificationFixture.newScopeId();
		String address = "unit-" + org + "@example.org";
		fixture.withEmail(fixture.unitAccount(org), address);
		fixture.unitAccount(org);

		long id = new TransactionTemplate(transactions).execute(status -> {
			events.publishEvent(new NotificationRequested(List.of(Recipients.organization(org)), "notifications.digest",
					List.of("3"), "/calendar", "digest"));
			assertThat(mail.sentTo(address)).as("nothing is sent before the commit").isEmpty();
			return fixture.latestId();
		});

		assertThat(mail.sentTo(address)).singleElement().satisfies(message -> {
			assertThat(message.getSubject()).isEqualTo("【履职】您有 3 条未读通知，请及时处理。");
			assertThat(message.getText()).contains("查看详情：http://localhost:8080/calendar", "http://localhost:8080/inbox");
			assertThat(message.getTo()).containsExactly(address);
		});
		assertThat(deliveries.find(id)).get().extracting(Deliveries.Delivery::state).isEqualTo(DeliveryState.SENT);
	}

	@Test
	void everyAddressGetsAMessageOfItsOwnAndAccountsWithoutOneAreLeftOut() {
		long person = NotificationFixture.newScopeId();
		String deputy = "deputy-" + person + "@example.org";
		String clerk = "clerk-" + person + "@example.org";
		fixture.withEmail(fixture.deputyAccount(person), deputy);
		var staff = fixture.withEmail(fixture.staffAccount("PETITIONS"), clerk);
		var disabled = fixture.withEmail(fixture.staffAccount("PETITIONS"), "off-" + person + "@example.org");
		accounts.setEnabled(disabled.id(), false, accounts.find(disabled.id()).orElseThrow().version());

		assertThat(accounts.emailsFor(List.of(Recipients.person(person), Recipients.account(staff.id()),
				Recipients.account(disabled.id()), "role:NOBODY"))).containsExactly(clerk, deputy);

		fixture.publish(List.of(Recipients.person(person), Recipients.account(staff.id())), "digest", 1);
		assertThat(mail.sentTo(deputy)).singleElement().satisfies(m -> assertThat(m.getTo()).containsExactly(deputy));
		assertThat(mail.sentTo(clerk)).hasSize(1);
		assertThat(mail.sentTo("off-" + person + "@example.org")).isEmpty();
	}

	@Test
	void withoutAnAddressThereIsNothingToSend() {
		long org = NotificationFixture.newScopeId();
		fixture.unitAccount(org);

		long id = fixture.publish(List.of(Recipients.organization(org)), "digest", 1);

		assertThat(deliveries.find(id)).get().extracting(Deliveries.Delivery::state).isEqualTo(DeliveryState.SKIPPED);
	}

	@Test
	void aRolledBackChangeSendsNothing() {
		long org = NotificationFixture.newScopeId();
		String address = "rollback-" + org + "@example.org";
		fixture.withEmail(fixture.unitAccount(org), address);

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(new NotificationRequested(List.of(Recipients.organization(org)), "notifications.digest",
					List.of("1"), null, "digest"));
			status.setRollbackOnly();
		});

		assertThat(mail.sentTo(address)).isEmpty();
	}

	@Test
	void aFailingMailServerIsRecordedAndTheAdministratorSendsAgain() throws Exception {
		long org = NotificationFixture.newScopeId();
		String address = "broken-" + org + "@example.org";
		fixture.withEmail(fixture.unitAccount(org), address);
		mail.breakDownFor(address);
		long id;
		try {
			id = fixture.publish(List.of(Recipients.organization(org)), "digest", 7);
		}
		finally {
			mail.repairFor(address);
		}

		assertThat(deliveries.find(id)).get().satisfies(d -> {
			assertThat(d.state()).isEqualTo(DeliveryState.FAILED);
			assertThat(d.error()).contains("Connection refused");
			assertThat(d.attempts()).isEqualTo(1);
		});
		assertThat(mvc.perform(get("/admin/notifications?state=FAILED").with(user("root").roles("ADMIN")))
			.andReturn().getResponse().getContentAsString())
			.contains("delivery-" + id, "发送失败", "Connection refused", "/admin/notifications/" + id + "/retry");

		mvc.perform(post("/admin/notifications/" + id + "/retry").with(user("root").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/notifications"))
			.andExpect(flash().attribute("successKey", "notifications.retried"));

		assertThat(mail.sentTo(address)).singleElement()
			.satisfies(m -> assertThat(m.getSubject()).isEqualTo("【履职】您有 7 条未读通知，请及时处理。"));
		assertThat(deliveries.find(id)).get().satisfies(d -> {
			assertThat(d.state()).isEqualTo(DeliveryState.SENT);
			assertThat(d.error()).isNull();
			assertThat(d.attempts()).isEqualTo(2);
		});
		assertThat(audit.historyOf("Notification", String.valueOf(id))).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("notifications.delivery.retried");
			assertThat(e.actor()).isEqualTo("root");
			assertThat(e.before()).contains("FAILED");
		});
	}

	@Test
	void onlyAFailedDeliveryCanBeRetried() throws Exception {
		long org = NotificationFixture.newScopeId();
		fixture.withEmail(fixture.unitAccount(org), "fine-" + org + "@example.org");
		long id = fixture.publish(List.of(Recipients.organization(org)), "digest", 1);

		mvc.perform(post("/admin/notifications/" + id + "/retry").with(user("root").roles("ADMIN")).with(csrf()))
			.andExpect(flash().attribute("errorKey", "notifications.error.notFailed"));
		assertThat(audit.historyOf("Notification", String.valueOf(id))).extracting(AuditEntry::action).isEmpty();
	}
}
