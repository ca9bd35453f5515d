package org.lvzhi.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins in {@code accounts_sign_in_failure}, per user name and client and per
 * client over all names, and locks what failed too often. A lock is per pair: an attacker who
 * guesses the administrator's password locks only himself out, and the administrator signs in
 * from anywhere else. Each lock lasts twice as long as the one before, up to a day; a quiet day
 * forgets the past. Unknown names are counted alike, so the answers tell nothing about which
 * names exist.
 *
 * <p>Every count is one {@code UPDATE ... SET failures = failures + 1} whose row lock the rest of
 * the decision holds in the same transaction: failures arriving together are all counted, on H2
 * as on PostgreSQL, and on any number of nodes.
 */
@Component
class SignInThrottle {

	/** The name of a client's count over all user names. */
	static final String ANY_NAME = "";

	private final JdbcClient jdbc;
	private final SecuritySettings settings;
	private final Clock clock;
	private final TransactionTemplate transaction;

	SignInThrottle(JdbcClient jdbc, SecuritySettings settings, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A lock that began with a failure: of the pair, or of the client over all names. */
	record Locked(boolean pair, boolean client, OffsetDateTime until) {

		static final Locked NONE = new Locked(false, false, null);
	}

	/** Until when this client may not try this name, or {@code null} when it may. */
	OffsetDateTime lockedUntil(String name, String client) {
		return jdbc.sql("""
				SELECT MAX(locked_until) FROM accounts_sign_in_failure
				WHERE client = ? AND account_name IN (?, ?) AND locked_until > ?""")
			.params(client(client), key(name), ANY_NAME, now())
			.query(OffsetDateTime.class).optional().orElse(null);
	}

	/** Counts one failure of this client with this name. */
	Locked failed(String name, String client) {
		return transaction.execute(status -> {
			OffsetDateTime pair = bump(key(name), client(client), settings.maxFailedLogins());
			OffsetDateTime any = bump(ANY_NAME, client(client), settings.maxFailedPerClient());
			if (pair == null && any == null) {
				return Locked.NONE;
			}
			return new Locked(pair != null, any != null, pair != null ? pair : any);
		});
	}

	/** A successful sign-in clears this pair's count; the client's count over all names stays. */
	void succeeded(String name, String client) {
		jdbc.sql("DELETE FROM accounts_sign_in_failure WHERE account_name = ? AND client = ?")
			.params(key(name), client(client)).update();
	}

	/** Lifts every lock and count of a user name, from every client. */
	void lift(String username) {
		jdbc.sql("DELETE FROM accounts_sign_in_failure WHERE account_name = ?").param(key(username)).update();
	}

	/** The user names locked for some client now, with the latest end of their locks. */
	Map<String, OffsetDateTime> lockedNames() {
		Map<String, OffsetDateTime> locked = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT account_name, MAX(locked_until) AS until FROM accounts_sign_in_failure
				WHERE account_name <> ? AND locked_until > ? GROUP BY account_name""")
			.params(ANY_NAME, now())
			.query((rs, n) -> locked.put(rs.getString("account_name"), rs.getObject("until", OffsetDateTime.class)))
			.list();
		return locked;
	}

	/** One more failure on a row; returns the end of the lock it started, if it started one. */
	private OffsetDateTime bump(String name, String client, int max) {
		OffsetDateTime now = now();
		jdbc.sql("""
				INSERT INTO accounts_sign_in_failure (account_name, client, failures, locks, last_failure_at)
				VALUES (?, ?, 0, 0, ?) ON CONFLICT DO NOTHING""").params(name, client, now).update();
		jdbc.sql("""
				UPDATE accounts_sign_in_failure
				SET failures = CASE WHEN last_failure_at < :forget THEN 1 ELSE failures + 1 END,
				    locks = CASE WHEN last_failure_at < :forget THEN 0 ELSE locks END,
				    last_failure_at = :now
				WHERE account_name = :name AND client = :client""")
			.param("forget", now.minusHours(settings.forgetHours())).param("now", now)
			.param("name", name).param("client", client).update();
		int[] counts = jdbc.sql("SELECT failures, locks FROM accounts_sign_in_failure WHERE account_name = ? AND client = ?")
			.params(name, client).query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
		if (counts[0] < max) {
			return null;
		}
		long minutes = Math.min((long) settings.lockMinutes() << Math.min(counts[1], 20), settings.maxLockMinutes());
		OffsetDateTime until = now.plusMinutes(minutes);
		jdbc.sql("UPDATE accounts_sign_in_failure SET failures = 0, locks = locks + 1, locked_until = ? WHERE account_name = ? AND client = ?")
			.params(until, name, client).update();
		return until;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	static String key(String name) {
		String k = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
		// A blank name must not land on the client's count over all names; no user name is this short.
		if (k.isEmpty()) {
			return "-";
		}
		return k.length() > 64 ? k.substring(0, 64) : k;
	}

	private static String client(String client) {
		String c = client == null ? "?" : client;
		return c.length() > 64 ? c.substring(0, 64) : c;
	}
}
