package org.lvzhi.notifications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each account's choice between immediate e-mail and the daily digest. An account that never chose
 * has no row and hears of everything immediately, as before the choice existed.
 */
@Component
class Preferences {

	private final JdbcClient jdbc;

	Preferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Preference of(long accountId) {
		return jdbc.sql("SELECT * FROM notifications_preference WHERE account_id = :id")
			.param("id", accountId)
			.query((rs, n) -> new Preference(accountId, Frequency.valueOf(rs.getString("delivery")),
					rs.getObject("last_digest_on", LocalDate.class),
					StoredNotification.inChina(rs.getObject("last_digest_at", OffsetDateTime.class)), rs.getInt("version")))
			.optional()
			.orElse(new Preference(accountId, Frequency.IMMEDIATE, null, null, 0));
	}

	/**
	 * @throws OptimisticLockingFailureException when the choice was changed since {@code expectedVersion}
	 */
	Preference choose(long accountId, Frequency frequency, int expectedVersion) {
		int updated = expectedVersion == 0
				? jdbc.sql("""
						INSERT INTO notifications_preference (account_id, delivery, version) VALUES (:id, :delivery, 1)
						ON CONFLICT DO NOTHING""")
					.param("id", accountId).param("delivery", frequency.name()).update()
				: jdbc.sql("""
						UPDATE notifications_preference SET delivery = :delivery, version = version + 1
						WHERE account_id = :id AND version = :version""")
					.param("id", accountId).param("delivery", frequency.name()).param("version", expectedVersion).update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("The notification choice of account " + accountId + " changed");
		}
		return of(accountId);
	}

	List<Long> dailyAccounts() {
		return jdbc.sql("SELECT account_id FROM notifications_preference WHERE delivery = 'DAILY' ORDER BY account_id")
			.query(Long.class)
			.list();
	}

	/** Those of the accounts that chose the daily digest. */
	Set<Long> daily(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("SELECT account_id FROM notifications_preference WHERE delivery = 'DAILY'"
				+ " AND account_id IN (:ids)")
			.param("ids", accountIds)
			.query(Long.class)
			.list());
	}

	/**
	 * Records that the account's digest of {@code day} goes out. Only one caller wins for a day, so
	 * that two nodes, or a restarted one, never send the same digest twice.
	 */
	boolean claimDigest(long accountId, LocalDate day, OffsetDateTime at) {
		return jdbc.sql("""
				UPDATE notifications_preference SET last_digest_on = :day, last_digest_at = :at
				WHERE account_id = :id AND delivery = 'DAILY' AND (last_digest_on IS NULL OR last_digest_on < :day)""")
			.param("id", accountId)
			.param("day", day)
			.param("at", at)
			.update() == 1;
	}

	/**
	 * @param lastDigestAt when the last digest went out: the next one waits for something newer
	 * @param version 0 while the account has not chosen
	 */
	record Preference(long accountId, Frequency frequency, LocalDate lastDigestOn, OffsetDateTime lastDigestAt,
			int version) {
	}
}
