package org.lvzhi.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.platform.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notification reaches every account its keys stand for, and nobody else; read marks belong to
 * one account; a rolled-back change leaves no notification.
 */
@IntegrationTest
class NotificationStoreTests {

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Inbox inbox;

	@Autowired
	ReadMarks marks;

	NotificationFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new NotificationFixture(accounts, events, transactions, jdbc);
	}

	@Test
	void reachesTheAccountBehindEachKindOfKey() {
		long org = NotificationFixture.newScopeId();
		long person = NotificationFixture.newScopeId();
		long accountId = NotificationFixture.newScopeId();
		long toOrg = fixture.publish(List.of(Recipients.organization(org)), "test.keys", "org");
		long toPerson = fixture.publish(List.of(Recipients.person(person)), "test.keys", "person");
		long toAccount = fixture.publish(List.of(Recipients.account(accountId)), "test.keys", "account");
		long toOffice = fixture.publish(List.of(Recipients.office("RESEARCH")), "test.keys", "office");
		long toRole = fixture.publish(List.of(Recipients.role("ADMIN")), "test.keys", "role");

		assertThat(idsOf(Readers.unit(accountId + 1, org))).contains(toOrg).doesNotContain(toPerson, toAccount, toOffice, toRole);
		assertThat(idsOf(Readers.deputy(accountId + 2, person))).contains(toPerson).doesNotContain(toOrg, toAccount, toOffice, toRole);
		assertThat(idsOf(Readers.unit(accountId, org + 1_000_000))).contains(toAccount).doesNotContain(toOrg, toPerson, toOffice, toRole);
		assertThat(idsOf(Readers.staff(accountId + 3, "RESEARCH"))).contains(toOffice).doesNotContain(toOrg, toPerson, toAccount, toRole);
		assertThat(idsOf(Readers.staff(accountId + 4, "PETITIONS"))).doesNotContain(toOffice, toRole);
		assertThat(idsOf(Readers.admin(accountId + 5))).contains(toRole).doesNotContain(toOrg, toPerson, toAccount, toOffice);
	}

	@Test
	void aNotificationForSeveralKeysIsListedOnceAndNewestFirst() {
		long org = NotificationFixture.newScopeId();
		long first = fixture.publish(List.of(Recipients.organization(org), Recipients.role("UNIT")), "test.order", 1);
		long second = fixture.publish(List.of(Recipients.organization(org)), "test.order", 2);

		Page<StoredNotification> page = inbox.page(Readers.unit(NotificationFixture.newScopeId(), org),
				new InboxFilter(false, "test.order"), 1, 200);
		assertThat(page.items()).extracting(StoredNotification::id).containsSubsequence(second, first).doesNotHaveDuplicates();
		assertThat(page.items().get(0).args()).containsExactly("2");
	}

	@Test
	void oneClerkReadingAnOfficeNotificationLeavesItUnreadForHerColleague() {
		var alice = fixture.staffAccount("LEGAL_COMMITTEE");
		var bob = fixture.staffAccount("LEGAL_COMMITTEE");
		long id = fixture.publish(List.of(Recipients.office("LEGAL_COMMITTEE")), "test.marks", "x");
		Reader aliceReads = Readers.staff(alice.id(), "LEGAL_COMMITTEE");
		Reader bobReads = Readers.staff(bob.id(), "LEGAL_COMMITTEE");
		long bobUnread = inbox.unread(bobReads);

		assertThat(marks.markRead(aliceReads, id)).isTrue();
		assertThat(marks.markRead(aliceReads, id)).as("reading twice is harmless").isTrue();

		assertThat(inbox.find(aliceReads, id)).get().extracting(StoredNotification::read).isEqualTo(true);
		assertThat(inbox.find(bobReads, id)).get().extracting(StoredNotification::read).isEqualTo(false);
		assertThat(inbox.unread(bobReads)).isEqualTo(bobUnread);
		assertThat(inbox.page(aliceReads, new InboxFilter(true, "test.marks"), 1, 200).items())
			.extracting(StoredNotification::id).doesNotContain(id);
	}

	@Test
	void markingAllReadMarksOnlyTheReadersOwn() {
		long org = NotificationFixture.newScopeId();
		long other = NotificationFixture.newScopeId();
		fixture.publish(List.of(Recipients.organization(org)), "test.all", 1);
		fixture.publish(List.of(Recipients.organization(org)), "test.all", 2);
		long foreign = fixture.publish(List.of(Recipients.organization(other)), "test.all", 3);
		Reader reader = Readers.unit(NotificationFixture.newScopeId(), org);

		assertThat(marks.markAllRead(reader)).isGreaterThanOrEqualTo(2);
		assertThat(inbox.unread(reader)).isZero();
		assertThat(marks.markRead(reader, foreign)).as("not addressed to the reader").isFalse();
		assertThat(inbox.find(Readers.unit(NotificationFixture.newScopeId(), other), foreign)).get()
			.extracting(StoredNotification::read).isEqualTo(false);
	}

	@Test
	void aRolledBackChangeLeavesNoNotification() {
		long before = fixture.count();
		long org = NotificationFixture.newScopeId();

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(new NotificationRequested(List.of(Recipients.organization(org)), "notifications.digest",
					List.of("1"), null, "test.rollback"));
			status.setRollbackOnly();
		});

		assertThat(fixture.count()).isEqualTo(before);
		assertThat(inbox.unread(Readers.unit(NotificationFixture.newScopeId(), org))).isZero();
	}

	@Test
	void refusesMalformedRequestsSoThatTheChangeRollsBack() {
		assertThatThrownBy(() -> new NotificationRequested(List.of("everybody"), "k", List.of(), null, "c"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NotificationRequested(List.of("org:1"), "k", List.of(), "//evil.example/x", "c"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NotificationRequested(List.of(), "k", List.of(), null, "c"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new NotificationRequested(List.of("office:DEPUTY_AFFAIRS"), "k", null, "/x", "c").args()).isEmpty();
	}

	@Test
	void anonymousVisitorsHaveNoKeys() {
		assertThat(Reader.of(null).isNobody()).isTrue();
		assertThat(Readers.staff(5, "RESEARCH").keys())
			.containsExactlyInAnyOrder("account:5", "office:RESEARCH", "role:STAFF");
	}

	private List<Long> idsOf(Reader reader) {
		return inbox.page(reader, new InboxFilter(false, "test.keys"), 1, 200).items().stream()
			.map(StoredNotification::id)
			.toList();
	}
}
