package org.lvzhi.notifications;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts and notifications for the notification tests, each with names and scope IDs of its own,
 * so that tests sharing one database never see each other's notifications by accident.
 */
final class NotificationFixture {

	static final String PASSWORD = "Notify-pass-7";

	/** Organization and person IDs far above the demo world's. */
	private static final AtomicLong NEXT_SCOPE = new AtomicLong(System.nanoTime() % 1_000_000 + 9_000_000);

	private final Accounts accounts;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;
	private final JdbcClient jdbc;

	NotificationFixture(Accounts accounts, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			JdbcClient jdbc) {
		this.accounts = accounts;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
	}

	static long newScopeId() {
		return NEXT_SCOPE.incrementAndGet();
	}

	static String unique(String prefix) {
		return prefix + "-" + newScopeId();
	}

	Account unitAccount(long organizationId) {
		return open(Role.UNIT, null, null, organizationId);
	}

	Account deputyAccount(long personId) {
		return open(Role.DEPUTY, null, personId, null);
	}

	Account staffAccount(String office) {
		return open(Role.STAFF, office, null, null);
	}

	Account adminAccount() {
		return open(Role.ADMIN, null, null, null);
	}

	Account withEmail(Account account, String email) {
		accounts.setEmail(account.id(), email, accounts.find(account.id()).orElseThrow().version());
		return account;
	}

	private Account open(Role role, String office, Long personId, Long organizationId) {
		String username = unique("n-" + role.name().toLowerCase());
		long id = accounts.open(new NewAccount(username, PASSWORD, "通知测试" + role, role, office, personId, organizationId));
		return new Account(id, username);
	}

	/**
	 * Publishes a notification in a committed transaction of its own, as a module would, and returns
	 * its ID. Each is about a record of its own, so that it is a line of its own in the inbox.
	 */
	long publish(List<String> recipients, String category, Object... args) {
		return publishAbout("test:" + newScopeId(), recipients, category, args);
	}

	/** Publishes a notification about the record named. */
	long publishAbout(String subject, List<String> recipients, String category, Object... args) {
		return tx.execute(status -> {
			events.publishEvent(new NotificationRequested(recipients, "notifications.digest",
					List.of(args).stream().map(String::valueOf).toList(), "/calendar", category, subject));
			return latestId();
		});
	}

	long latestId() {
		return jdbc.sql("SELECT MAX(id) FROM notifications_notification").query(Long.class).single();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM notifications_notification").query(Long.class).single();
	}

	record Account(long id, String username) {
	}
}
