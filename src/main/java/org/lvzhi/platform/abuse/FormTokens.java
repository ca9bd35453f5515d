package org.lvzhi.platform.abuse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.lvzhi.platform.AbuseRefused;
import org.lvzhi.platform.FormGuard;
import org.springframework.stereotype.Component;

/**
 * The one-time token of a rendered anonymous form, which is also its proof-of-work challenge.
 * The token says when it was issued, for which form and how hard its work is, signed with HMAC so
 * that nothing needs to be stored when a page is shown. The browser finds a counter whose SHA-256
 * with the token begins with that many zero bits ({@code js/guard.js}); checking it costs one hash.
 */
@Component
public class FormTokens {

	private static final Pattern SHAPE = Pattern.compile("\\d{1,12}\\.\\d{1,2}\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
	private static final Pattern COUNTER = Pattern.compile("\\d{1,15}");

	private final AbuseSettings settings;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	private final byte[] key;

	public FormTokens(AbuseSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		if (settings.formSecret() == null || settings.formSecret().isBlank()) {
			this.key = new byte[32];
			random.nextBytes(key);
		}
		else {
			this.key = settings.formSecret().getBytes(StandardCharsets.UTF_8);
		}
	}

	/** A fresh token for one rendering of the form. */
	public FormGuard issue(String form) {
		byte[] nonce = new byte[16];
		random.nextBytes(nonce);
		String payload = clock.instant().getEpochSecond() + "." + settings.powDifficulty() + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
		return new FormGuard(payload + "." + mac(form, payload), settings.powDifficulty());
	}

	/**
	 * Checks that the token was issued here for this form and is still valid, and that the counter
	 * solves its work.
	 * @throws AbuseRefused with a message the visitor can act on
	 */
	public void check(String form, String token, String counter) {
		if (token == null || !SHAPE.matcher(token).matches()) {
			throw new AbuseRefused("guard.expired");
		}
		int lastDot = token.lastIndexOf('.');
		String payload = token.substring(0, lastDot);
		if (!MessageDigest.isEqual(mac(form, payload).getBytes(StandardCharsets.US_ASCII),
				token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII))) {
			throw new AbuseRefused("guard.expired");
		}
		String[] parts = payload.split("\\.");
		Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[0]));
		Instant now = clock.instant();
		if (issued.isAfter(now.plus(Duration.ofMinutes(5))) || issued.plus(Duration.ofHours(settings.formHours())).isBefore(now)) {
			throw new AbuseRefused("guard.expired");
		}
		if (counter == null || counter.isBlank()) {
			throw new AbuseRefused("guard.scriptNeeded");
		}
		if (!COUNTER.matcher(counter).matches() || !solves(token, counter, Integer.parseInt(parts[1]))) {
			throw new AbuseRefused("guard.proof");
		}
	}

	static boolean solves(String token, String counter, int bits) {
		byte[] hash = sha256((token + ":" + counter).getBytes(StandardCharsets.UTF_8));
		ByteBuffer buffer = ByteBuffer.wrap(hash);
		long first = buffer.getLong();
		return bits == 0 || Long.numberOfLeadingZeros(first) >= bits;
	}

	/** A stable, private name of a token for the table that remembers sent forms. */
	static String digest(String token) {
		return java.util.HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private String mac(String form, String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] out = mac.doFinal((form + "|" + payload).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
