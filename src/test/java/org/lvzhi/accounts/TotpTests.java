package org.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One-time codes as RFC 6238 computes them, checked against its own test vectors (Appendix B, SHA-1). */
class TotpTests {

	private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void computesTheCodesOfTheRfc(long seconds, String expected) {
		long step = Totp.step(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
		assertThat(Totp.code(RFC_SEED, step, 6)).isEqualTo(expected.substring(2));
	}

	@Test
	void acceptsTheCodeOfTheStepBeforeAndAfterButNotFurther() {
		Instant now = Instant.ofEpochSecond(1111111111);
		long step = Totp.step(now);
		assertThat(Totp.match(RFC_SEED, "050471", now, 1)).hasValue(step);
		assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step - 1, 6), now, 1)).hasValue(step - 1);
		assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step + 1, 6), now, 1)).hasValue(step + 1);
		assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step - 2, 6), now, 1)).isEmpty();
		assertThat(Totp.match(RFC_SEED, "05047", now, 1)).isEmpty();
		assertThat(Totp.match(RFC_SEED, "abcdef", now, 1)).isEmpty();
	}

	@Test
	void writesAndReadsSecretsInBase32AsAuthenticatorAppsDo() {
		// RFC 4648 test vectors, without padding.
		assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Totp.base32("fo".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXQ");
		assertThat(Totp.base32(RFC_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SEED);
	}
}
