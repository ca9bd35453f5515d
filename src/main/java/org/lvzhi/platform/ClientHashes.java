package org.lvzhi.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The keyed hash (HMAC-SHA256) under which a client address, or anything built on one, is kept:
 * an unsalted SHA-256 of an IPv4 address is reversed in minutes by trying all four billion, a keyed
 * one not without the key ({@code lvzhi.privacy.client-secret}, {@code LVZHI_CLIENT_SECRET}; a
 * random key per start when empty, so that hashes then compare only within one run of one node).
 */
@Component
public class ClientHashes {

	private final byte[] key;

	public ClientHashes(@Value("${lvzhi.privacy.client-secret:}") String secret) {
		if (secret == null || secret.isBlank()) {
			this.key = new byte[32];
			new SecureRandom().nextBytes(this.key);
		}
		else {
			this.key = secret.getBytes(StandardCharsets.UTF_8);
		}
	}

	/** The hash of a text (an address, or a key that contains one), 64 hex digits. */
	public String of(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The hash of the address of the client of the request this thread serves (the one
	 * {@code platform.abuse.ClientAddresses} named), or {@code null} outside a request.
	 */
	public String ofCurrentClient() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String address = attributes.getRequest().getRemoteAddr();
			return address == null ? null : of(address);
		}
		return null;
	}
}
