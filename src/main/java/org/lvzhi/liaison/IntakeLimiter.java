package org.lvzhi.liaison;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts online opinions per client address over a sliding hour. Kept in memory: a restart
 * forgets the counts, which only lets a few more opinions through, and several nodes each count
 * their own share (see the scale-out path in docs/architecture.md).
 */
@Component
class IntakeLimiter {

	private static final Duration WINDOW = Duration.ofHours(1);
	private static final int MAX_CLIENTS = 100_000;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
	private final LiaisonSettings settings;
	private final Clock clock;

	IntakeLimiter(LiaisonSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Takes one submission for the client, or refuses when its hourly allowance is used up. */
	void take(String client) {
		Instant now = clock.instant();
		if (recent.size() > MAX_CLIENTS) {
			recent.values().removeIf(q -> q.isEmpty() || q.peekLast().isBefore(now.minus(WINDOW)));
		}
		Deque<Instant> times = recent.computeIfAbsent(client == null ? "?" : client, k -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= settings.intakePerHour()) {
				throw new LiaisonException("liaison.error.rateLimited", settings.intakePerHour());
			}
			times.addLast(now);
		}
	}
}
