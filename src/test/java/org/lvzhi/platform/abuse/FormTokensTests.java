package org.lvzhi.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.platform.AbuseRefused;
import org.lvzhi.platform.FormGuard;

/** The one-time form token: signed for one form, valid for a while, and its proof of work checked with one hash. */
class FormTokensTests {

	private static final Instant NOW = Instant.parse("2031-05-06T02:00:00Z");

	private static FormTokens tokens(Instant at) {
		return new FormTokens(new AbuseSettings(null, null, null, null, 12, 12, null, "test-secret"),
				Clock.fixed(at, ZoneOffset.UTC));
	}

	private static String solved(FormGuard guard) throws Exception {
		return Long.toString(AnonymousClient.solve(guard.token(), guard.difficulty()));
	}

	private static void refusedAs(Runnable check, String key) {
		assertThatThrownBy(check::run).isInstanceOfSatisfying(AbuseRefused.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}

	@Test
	void aTokenWithItsWorkDonePassesForItsOwnForm() throws Exception {
		FormGuard guard = tokens(NOW).issue("oversight.topic");
		assertThat(guard.difficulty()).isEqualTo(12);
		String counter = solved(guard);
		assertThatCode(() -> tokens(NOW.plusSeconds(60)).check("oversight.topic", guard.token(), counter))
			.doesNotThrowAnyException();
		refusedAs(() -> tokens(NOW).check("accounts.registration", guard.token(), counter), "guard.expired");
	}

	@Test
	void aTokenIsRefusedWhenAlteredSignedWithAnotherKeyOrTooOld() throws Exception {
		FormGuard guard = tokens(NOW).issue("oversight.topic");
		String counter = solved(guard);
		String easier = guard.token().replaceFirst("\\.12\\.", ".1.");
		refusedAs(() -> tokens(NOW).check("oversight.topic", easier, counter), "guard.expired");
		FormTokens otherNode = new FormTokens(new AbuseSettings(null, null, null, null, 12, 12, null, "another-secret"),
				Clock.fixed(NOW, ZoneOffset.UTC));
		refusedAs(() -> otherNode.check("oversight.topic", guard.token(), counter), "guard.expired");
		refusedAs(() -> tokens(NOW.plus(Duration.ofHours(13))).check("oversight.topic", guard.token(), counter),
				"guard.expired");
		refusedAs(() -> tokens(NOW).check("oversight.topic", null, counter), "guard.expired");
	}

	@Test
	void withoutWorkTheVisitorIsToldToTurnOnJavaScriptAndAWrongCounterFails() throws Exception {
		FormGuard guard = tokens(NOW).issue("oversight.topic");
		refusedAs(() -> tokens(NOW).check("oversight.topic", guard.token(), ""), "guard.scriptNeeded");
		long right = Long.parseLong(solved(guard));
		// Some counter below the first solution cannot solve it.
		String wrong = Long.toString(right == 0 ? 0 : right - 1);
		if (right > 0) {
			refusedAs(() -> tokens(NOW).check("oversight.topic", guard.token(), wrong), "guard.proof");
		}
		refusedAs(() -> tokens(NOW).check("oversight.topic", guard.token(), "12a"), "guard.proof");
	}
}
