package org.lvzhi.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of an account: the secret its authenticator app shares with Lvzhi, and ten
 * recovery codes for the day the phone is lost, kept only as hashes and shown once. A code is
 * accepted once: the step it belongs to is recorded with a conditional update, so the same code
 * replayed within its validity, even at the same moment, is refused.
 */
@Service
class SecondFactors {

	/** Codes of one step before and after now are accepted: phone clocks drift. */
	static final int WINDOW = 1;
	static final int RECOVERY_CODES = 10;
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	SecondFactors(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	boolean enrolled(long accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM accounts_second_factor WHERE account_id = ?").param(accountId)
			.query(Long.class).single() > 0;
	}

	/** The accounts that have enrolled a second factor. */
	java.util.Set<Long> enrolledAccounts() {
		return java.util.Set.copyOf(jdbc.sql("SELECT account_id FROM accounts_second_factor").query(Long.class).list());
	}

	/** A new secret for an authenticator app, in base 32 (160 bits, as RFC 4226 recommends). */
	String newSecret() {
		byte[] key = new byte[20];
		random.nextBytes(key);
		return Totp.base32(key);
	}

	/** The link an authenticator app reads from the QR code (Google's Key URI format). */
	static String keyUri(String issuer, String username, String secret) {
		String label = encode(issuer) + ":" + encode(username);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
				+ Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * Enrols the secret once the app has shown a code for it, replacing an earlier one.
	 * @return the new recovery codes, to be shown once
	 * @throws AccountException when the code does not belong to the secret
	 */
	@Transactional
	List<String> enrol(long accountId, String username, String secret, String code) {
		OptionalLong step = Totp.match(Totp.fromBase32(secret), strip(code), clock.instant(), WINDOW);
		if (step.isEmpty()) {
			throw new AccountException("accounts.secondFactor.error.code");
		}
		jdbc.sql("DELETE FROM accounts_second_factor WHERE account_id = ?").param(accountId).update();
		jdbc.sql("INSERT INTO accounts_second_factor (account_id, secret, enrolled_at, last_step) VALUES (?, ?, ?, ?)")
			.params(accountId, secret, OffsetDateTime.now(clock), step.getAsLong()).update();
		events.publishEvent(AuditEvent.created("accounts.secondFactor.enrolled", "Account", accountId, username, null));
		return newRecoveryCodes(accountId);
	}

	/**
	 * Checks a code from the app (six digits) or a recovery code; either works once.
	 */
	@Transactional
	boolean verify(long accountId, String username, String code) {
		String given = strip(code);
		if (given.matches("\\d{" + Totp.DIGITS + "}")) {
			return verifyTotp(accountId, given);
		}
		int used = jdbc.sql("""
				UPDATE accounts_recovery_code SET used_at = ? WHERE account_id = ? AND code_hash = ? AND used_at IS NULL""")
			.params(OffsetDateTime.now(clock), accountId, hash(given)).update();
		if (used == 1) {
			events.publishEvent(AuditEvent.changed("accounts.secondFactor.recoveryCodeUsed", "Account", accountId, username,
					null, Map.of("left", recoveryCodesLeft(accountId))));
		}
		return used == 1;
	}

	/** Checks a code from the app only: what renewing the recovery codes asks for. */
	@Transactional
	boolean verifyTotp(long accountId, String code) {
		Optional<String> secret = jdbc.sql("SELECT secret FROM accounts_second_factor WHERE account_id = ?")
			.param(accountId).query(String.class).optional();
		if (secret.isEmpty()) {
			return false;
		}
		OptionalLong step = Totp.match(Totp.fromBase32(secret.get()), strip(code), clock.instant(), WINDOW);
		if (step.isEmpty()) {
			return false;
		}
		return jdbc.sql("UPDATE accounts_second_factor SET last_step = ? WHERE account_id = ? AND last_step < ?")
			.params(step.getAsLong(), accountId, step.getAsLong()).update() == 1;
	}

	/** Replaces the recovery codes; the old ones stop working. */
	@Transactional
	List<String> renewRecoveryCodes(long accountId, String username) {
		List<String> codes = newRecoveryCodes(accountId);
		events.publishEvent(AuditEvent.changed("accounts.secondFactor.recoveryCodesRenewed", "Account", accountId,
				username, null, null));
		return codes;
	}

	int recoveryCodesLeft(long accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM accounts_recovery_code WHERE account_id = ? AND used_at IS NULL")
			.param(accountId).query(Long.class).single().intValue();
	}

	/** Removes the second factor (the phone is lost): the account enrols again at its next sign-in if it must. */
	@Transactional
	void remove(long accountId, String username) {
		jdbc.sql("DELETE FROM accounts_recovery_code WHERE account_id = ?").param(accountId).update();
		int removed = jdbc.sql("DELETE FROM accounts_second_factor WHERE account_id = ?").param(accountId).update();
		if (removed > 0) {
			events.publishEvent(AuditEvent.changed("accounts.secondFactor.removed", "Account", accountId, username, null,
					null));
		}
	}

	private List<String> newRecoveryCodes(long accountId) {
		jdbc.sql("DELETE FROM accounts_recovery_code WHERE account_id = ?").param(accountId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 16; c++) {
				if (c > 0 && c % 4 == 0) {
					code.append('-');
				}
				code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
			}
			codes.add(code.toString());
			jdbc.sql("INSERT INTO accounts_recovery_code (account_id, code_hash) VALUES (?, ?)")
				.params(accountId, hash(strip(code.toString()))).update();
		}
		return codes;
	}

	/** What was typed, without spaces and dashes, in lower case. */
	private static String strip(String code) {
		return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	/** Recovery codes carry 80 random bits: a plain SHA-256 keeps them as safe as a slow hash would. */
	private static String hash(String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
