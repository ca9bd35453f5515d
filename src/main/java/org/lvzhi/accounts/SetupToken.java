package org.lvzhi.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The one-time secret that lets whoever reads the start-up log create the first administrator.
 * It lives in this process's memory only, is never stored or shown on a page, and a new one is
 * drawn on each start, so a lost log costs a restart. 24 symbols of Crockford's base32 carry 120
 * random bits: guessing is hopeless without any lock-out, so none is needed (and none could be
 * abused to keep the operator out).
 */
@Component
class SetupToken {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	private static final int GROUPS = 6;
	private static final int GROUP_LENGTH = 4;

	private final SecureRandom random = new SecureRandom();
	private final AtomicReference<String> current = new AtomicReference<>();

	/** Draws a new token, replacing any earlier one, and returns it grouped for reading. */
	String issue() {
		StringBuilder token = new StringBuilder();
		for (int i = 0; i < GROUPS * GROUP_LENGTH; i++) {
			token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		current.set(token.toString());
		return grouped(token.toString());
	}

	boolean issued() {
		return current.get() != null;
	}

	/** Whether the typed text is the current token; case, spaces and dashes do not matter. */
	boolean matches(String typed) {
		String token = current.get();
		if (token == null || typed == null) {
			return false;
		}
		String normalized = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
				normalized.getBytes(StandardCharsets.US_ASCII));
	}

	void discard() {
		current.set(null);
	}

	private static String grouped(String token) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < token.length(); i += GROUP_LENGTH) {
			out.append(i == 0 ? "" : "-").append(token, i, i + GROUP_LENGTH);
		}
		return out.toString();
	}
}
