package org.lvzhi.liaison;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts online opinions per client address over a sliding hour in {@code liaison_intake_submission},
 * so a restart does not reset the allowance and several nodes share one count. Addresses are stored
 * only as hashes: the table must not become a log of who wrote when.
 */
@Component
class IntakeLimiter {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;
	private final LiaisonSettings settings;
	private final Clock clock;

	IntakeLimiter(JdbcClient jdbc, LiaisonSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Takes one submission for the client, or refuses when its hourly allowance is used up. Runs in
	 * the caller's transaction, so a submission that fails later does not use up the allowance.
	 */
	void take(String client) {
		LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDateTime since = now.minus(WINDOW);
		// Old rows serve no one; pruning on every take keeps the table at one hour's submissions.
		jdbc.sql("DELETE FROM liaison_intake_submission WHERE submitted_at < ?").param(since).update();
		String hash = hash(client == null ? "?" : client);
		long used = jdbc.sql("SELECT COUNT(*) FROM liaison_intake_submission WHERE client_hash = ? AND submitted_at >= ?")
				.param(hash).param(since).query(Long.class).single();
		if (used >= settings.intakePerHour()) {
			throw new LiaisonException("liaison.error.rateLimited", settings.intakePerHour());
		}
		jdbc.sql("INSERT INTO liaison_intake_submission (client_hash, submitted_at) VALUES (?, ?)")
				.param(hash).param(now).update();
	}

	private static String hash(String client) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
