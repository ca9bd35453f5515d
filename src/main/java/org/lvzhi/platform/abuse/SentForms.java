package org.lvzhi.platform.abuse;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.platform.AbuseControl.Outcome;
import org.lvzhi.platform.AbuseRefused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Remembers which form tokens were sent and what they were answered, in
 * {@code platform_form_submission}, so that a form sent twice (a double click, a refresh, a
 * retrying phone) creates one record and sees the first answer again. The row is claimed with one
 * insert that only one request can win, also across nodes; the others wait for its answer. The
 * claim is made in the submission's transaction ({@link GuardedForms}): a second insert of the same
 * token waits until the first transaction ends.
 */
@Component
class SentForms {

	private static final Duration WAIT = Duration.ofSeconds(10);
	private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);
	private static final TypeReference<Map<String, String>> FLASH = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final AbuseSettings settings;
	private final Clock clock;
	private final java.util.concurrent.atomic.AtomicLong lastRemoval = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE / 2);

	SentForms(JdbcClient jdbc, JsonMapper json, AbuseSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Claims the token for this request.
	 * @return empty when this request is the first to send it, else the first request's outcome
	 * @throws AbuseRefused when the first request is still running after a while
	 */
	Optional<Outcome> claim(String token, String form) {
		String id = FormTokens.digest(token);
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (true) {
			int inserted = jdbc.sql("""
					INSERT INTO platform_form_submission (token_hash, form, claimed_at) VALUES (?, ?, ?)
					ON CONFLICT DO NOTHING""").params(id, form, now).update();
			if (inserted == 1) {
				return Optional.empty();
			}
			Optional<Outcome> outcome = outcome(id);
			if (outcome.isPresent()) {
				return outcome;
			}
			if (System.nanoTime() > deadline) {
				throw new AbuseRefused("guard.inProgress");
			}
			pause();
		}
	}

	/** The answer kept for a token sent before, if any: one indexed read, nothing written. */
	Optional<Outcome> answered(String token) {
		return outcome(FormTokens.digest(token));
	}

	/**
	 * Removes answers whose tokens have expired, at most once a minute per node: a token is valid for
	 * formHours, so rows older than that answer nothing any more (the retention job removes them too).
	 * Not in the submission's transaction, where concurrent posts would wait on each other's deletes.
	 */
	void removeOld() {
		long now = clock.millis();
		long last = lastRemoval.get();
		if (now - last < CLEANUP_EVERY.toMillis() || !lastRemoval.compareAndSet(last, now)) {
			return;
		}
		jdbc.sql("DELETE FROM platform_form_submission WHERE claimed_at < ?")
			.param(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusHours(settings.formHours() + 1L))
			.update();
	}

	/** Keeps the outcome so that the same form sent again is answered alike. */
	void complete(String token, Outcome outcome) {
		jdbc.sql("UPDATE platform_form_submission SET location = ?, flash = ? WHERE token_hash = ?")
			.params(outcome.location(), json.writeValueAsString(outcome.flash()), FormTokens.digest(token)).update();
	}

	/** Lets the token be sent again after the submission was refused. */
	void release(String token) {
		jdbc.sql("DELETE FROM platform_form_submission WHERE token_hash = ? AND location IS NULL")
			.param(FormTokens.digest(token)).update();
	}

	private Optional<Outcome> outcome(String id) {
		return jdbc.sql("SELECT location, flash FROM platform_form_submission WHERE token_hash = ? AND location IS NOT NULL")
			.param(id)
			.query((rs, n) -> new Outcome(rs.getString("location"), json.readValue(rs.getString("flash"), FLASH)))
			.optional();
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AbuseRefused("guard.inProgress");
		}
	}
}
