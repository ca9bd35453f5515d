package org.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The lock-out's counting and back-off on the database itself: every one of many failures arriving
 * at once is counted, and each further lock of the same pair lasts twice as long, up to a day.
 */
@IntegrationTest
class SignInThrottleRulesTests {

	@Autowired
	JdbcClient jdbc;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	SecuritySettings settings;

	private SignInThrottle at(Instant time) {
		return new SignInThrottle(jdbc, settings, Clock.fixed(time, ZoneOffset.UTC), transactions);
	}

	private int locks(String name, String client) {
		return jdbc.sql("SELECT locks FROM accounts_sign_in_failure WHERE account_name = ? AND client = ?")
			.params(name, client).query(Integer.class).single();
	}

	@Test
	void fortyFailuresArrivingTogetherMakeEightLocks() throws Exception {
		String name = "atomic-" + System.nanoTime();
		String client = "198.18.0." + (System.nanoTime() % 200);
		SignInThrottle throttle = at(Instant.parse("2031-05-06T02:00:00Z"));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<SignInThrottle.Locked>> failures = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				failures.add(pool.submit(() -> {
					start.await();
					return throttle.failed(name, client);
				}));
			}
			start.countDown();
			int pairLocks = 0;
			for (Future<SignInThrottle.Locked> f : failures) {
				pairLocks += f.get().pair() ? 1 : 0;
			}
			assertThat(pairLocks).isEqualTo(8);
			assertThat(locks(name, client)).isEqualTo(8);
			// 40 failures from one client over all names: two locks of the client as well (20 each).
			assertThat(locks(SignInThrottle.ANY_NAME, client)).isEqualTo(2);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void eachFurtherLockLastsTwiceAsLongUpToADayAndAQuietDayForgetsThem() {
		String name = "backoff-" + System.nanoTime();
		String client = "198.18.1." + (System.nanoTime() % 200);
		Instant t = Instant.parse("2031-06-01T00:00:00Z");
		List<Long> minutes = new ArrayList<>();
		for (int lock = 0; lock < 8; lock++) {
			SignInThrottle throttle = at(t);
			SignInThrottle.Locked locked = SignInThrottle.Locked.NONE;
			for (int i = 0; i < 5; i++) {
				locked = throttle.failed(name, client);
			}
			assertThat(locked.pair()).isTrue();
			minutes.add(Duration.between(t, locked.until().toInstant()).toMinutes());
			assertThat(throttle.lockedUntil(name, client)).isEqualTo(locked.until());
			assertThat(at(locked.until().toInstant()).lockedUntil(name, client)).isNull();
			t = locked.until().toInstant();
		}
		assertThat(minutes).containsExactly(15L, 30L, 60L, 120L, 240L, 480L, 960L, 1440L);
		// A failure after a quiet day starts counting from one again, and the next lock from 15 minutes.
		SignInThrottle later = at(t.plus(Duration.ofHours(25)));
		SignInThrottle.Locked locked = SignInThrottle.Locked.NONE;
		for (int i = 0; i < 5; i++) {
			locked = later.failed(name, client);
		}
		assertThat(Duration.between(t.plus(Duration.ofHours(25)), locked.until().toInstant()).toMinutes()).isEqualTo(15);
	}
}
