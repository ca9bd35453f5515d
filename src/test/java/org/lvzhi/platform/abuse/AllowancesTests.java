package org.lvzhi.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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

/**
 * The hourly allowances are counted in the database: two separately built counters (as on two
 * nodes, or before and after a restart) share one count, posts arriving together never take more
 * than the allowance, and the next clock hour starts afresh.
 */
@IntegrationTest
class AllowancesTests {

	/** Nodes share the key of the client hashes ({@code lvzhi.privacy.client-secret}). */
	private static final org.lvzhi.platform.ClientHashes HASHES = new org.lvzhi.platform.ClientHashes("shared by the nodes");

	@Autowired
	JdbcClient jdbc;

	private Allowances node(Instant at) {
		return new Allowances(jdbc, Clock.fixed(at, ZoneOffset.UTC), HASHES);
	}

	private static List<Allowances.Bucket> bucket(String who, int limit) {
		return List.of(Allowances.Bucket.of("test.form", "target", who, limit));
	}

	@Test
	void twoNodesShareOneCountAndTheNextHourStartsAfresh() {
		String who = "address:" + System.nanoTime();
		Instant t = Instant.parse("2031-05-06T02:10:00Z");
		Allowances first = node(t);
		Allowances second = node(t.plusSeconds(600));
		for (int i = 0; i < 4; i++) {
			assertThat(first.take(bucket(who, 5))).isNotNull();
		}
		assertThat(second.take(bucket(who, 5))).isNotNull();
		assertThat(second.take(bucket(who, 5))).isNull();
		assertThat(first.take(bucket(who, 5))).isNull();
		assertThat(first.take(bucket(who + "-other", 5))).isNotNull();
		assertThat(node(t.plusSeconds(3600)).take(bucket(who, 5))).isNotNull();
	}

	@Test
	void postsArrivingTogetherTakeNoMoreThanTheAllowance() throws Exception {
		String who = "address:" + System.nanoTime();
		Allowances allowances = node(Instant.parse("2031-05-06T03:10:00Z"));
		ExecutorService pool = Executors.newFixedThreadPool(12);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Boolean>> takes = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				takes.add(pool.submit(() -> {
					start.await();
					return allowances.take(bucket(who, 5)) != null;
				}));
			}
			start.countDown();
			int granted = 0;
			for (Future<Boolean> take : takes) {
				granted += take.get() ? 1 : 0;
			}
			assertThat(granted).isEqualTo(5);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void whenTheNetworkIsUsedUpTheAddressGetsItsShareBack() {
		String suffix = String.valueOf(System.nanoTime());
		Allowances allowances = node(Instant.parse("2031-05-06T04:10:00Z"));
		List<Allowances.Bucket> both = List.of(Allowances.Bucket.of("test.form", "t", "address:a" + suffix, 5),
				Allowances.Bucket.of("test.form", "t", "network:n" + suffix, 1));
		assertThat(allowances.take(both)).isNotNull();
		assertThat(allowances.take(both)).isNull();
		// The address's own count was given back when the network refused: four more remain for it elsewhere.
		for (int i = 0; i < 4; i++) {
			assertThat(allowances.take(List.of(both.get(0)))).isNotNull();
		}
		assertThat(allowances.take(List.of(both.get(0)))).isNull();
	}
}
