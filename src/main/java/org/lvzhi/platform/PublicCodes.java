package org.lvzhi.platform;

import java.security.SecureRandom;

/**
 * Codes handed to the public (tracking and receipt codes): random, read aloud and typed on a phone
 * without mistakes, so without the letters and digits that look alike (I, O, 0, 1).
 */
public final class PublicCodes {

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();

	private PublicCodes() {
	}

	/** A fresh code of {@code length} characters; 32 possibilities each, so ten give 2^50. */
	public static String next(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}
}
