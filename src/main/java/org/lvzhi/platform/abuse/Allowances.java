package org.lvzhi.platform.abuse;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.lvzhi.platform.ClientHashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hourly allowances of anonymous posts, counted per clock hour in {@code platform_allowance} so
 * that a restart does not reset them and several nodes share one count. Each count is taken with
 * one conditional update, so posts arriving together cannot both take the last one. Addresses are
 * kept only as hashes: the table must not become a log of who wrote when.
 */
@Component
class Allowances {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ClientHashes hashes;
	private final java.util.concurrent.atomic.AtomicLong removedBefore = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE);

	Allowances(JdbcClient jdbc, Clock clock, ClientHashes hashes) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.hashes = hashes;
	}

	/** One allowance to take: a counter and its limit. */
	record Bucket(String form, String target, String who, int limit) {

		static Bucket of(String form, String target, String who, int limit) {
			return new Bucket(form, target, who, limit);
		}
	}

	/** The bucket's row: a keyed hash of form, target and address, so that no address is stored. */
	private String key(Bucket bucket) {
		return hashes.of(bucket.form() + "|" + bucket.target() + "|" + bucket.who());
	}

	/** What was taken, to give it back when the post is refused after all. */
	record Taken(List<Bucket> buckets, OffsetDateTime window) {
	}

	/**
	 * Takes one from each bucket, or none: when one is used up, those already taken are given back.
	 * @return what was taken, or {@code null} when a bucket is used up
	 */
	Taken take(List<Bucket> buckets) {
		OffsetDateTime window = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.HOURS), ZoneOffset.UTC);
		// Past hours' counts go once per hour and node, not with every post (the retention job removes them too).
		long hour = window.toEpochSecond();
		long removed = removedBefore.get();
		if (removed < hour && removedBefore.compareAndSet(removed, hour)) {
			jdbc.sql("DELETE FROM platform_allowance WHERE window_start < ?").param(window.minusHours(1)).update();
		}
		for (int i = 0; i < buckets.size(); i++) {
			if (!takeOne(buckets.get(i), window)) {
				giveBack(new Taken(buckets.subList(0, i), window));
				return null;
			}
		}
		return new Taken(List.copyOf(buckets), window);
	}

	void giveBack(Taken taken) {
		for (Bucket bucket : taken.buckets()) {
			jdbc.sql("UPDATE platform_allowance SET used = used - 1 WHERE bucket = ? AND window_start = ? AND used > 0")
				.params(key(bucket), taken.window()).update();
		}
	}

	private boolean takeOne(Bucket bucket, OffsetDateTime window) {
		for (int attempt = 0; attempt < 2; attempt++) {
			int updated = jdbc.sql("UPDATE platform_allowance SET used = used + 1 WHERE bucket = ? AND window_start = ? AND used < ?")
				.params(key(bucket), window, bucket.limit()).update();
			if (updated == 1) {
				return true;
			}
			int inserted = jdbc.sql("""
					INSERT INTO platform_allowance (bucket, window_start, used) VALUES (?, ?, 1)
					ON CONFLICT DO NOTHING""").params(key(bucket), window).update();
			if (inserted == 1) {
				return true;
			}
			// Another post created the row meanwhile: count on it.
		}
		return false;
	}
}
