package org.lvzhi.liaison.intake;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The names the QR-code form shows for its codes, kept for a minute. A code never changes its
 * station or deputy, and a station renamed shows its new name on the form within the minute; the
 * submission itself always looks its code up in the database. Without it every opening of the form
 * read the station and its deputies in a transaction of its own, as much database work as the
 * opinion's insert.
 */
final class IntakeTargets {

	private static final long TTL = Duration.ofMinutes(1).toNanos();
	/** Codes are many (one a station or deputy) but only those in use are kept; past this the map starts over. */
	private static final int MAX = 20_000;

	private record Known(String name, long until) {
	}

	private final Map<String, Known> names = new ConcurrentHashMap<>();
	private final Function<String, Optional<String>> lookUp;

	IntakeTargets(Function<String, Optional<String>> lookUp) {
		this.lookUp = lookUp;
	}

	/** The station's or deputy's name of a code; empty for an unknown code (never kept). */
	Optional<String> name(String code) {
		long now = System.nanoTime();
		Known known = names.get(code);
		if (known != null && now - known.until() < 0) {
			return Optional.of(known.name());
		}
		Optional<String> name = lookUp.apply(code);
		if (name.isPresent()) {
			if (names.size() >= MAX) {
				names.clear();
			}
			names.put(code, new Known(name.get(), now + TTL));
		}
		return name;
	}
}
