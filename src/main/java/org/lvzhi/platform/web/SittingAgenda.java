package org.lvzhi.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.lvzhi.platform.SittingItem;
import org.lvzhi.platform.SittingItems;
import org.springframework.stereotype.Component;

/**
 * A committee member's view of the sittings, gathered from every module that brings business to
 * them: what is coming, what the last sitting dealt with, and what was decided before.
 */
@Component
class SittingAgenda {

	/** Enough of each module's recent business to fill the last sitting and the list after it. */
	static final int DECIDED_PER_SOURCE = 30;

	static final int RECENTLY_DECIDED = 8;

	private static final Comparator<SittingItem> BY_DATE = Comparator.comparing(SittingItem::date,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private final List<SittingItems> sources;
	private final Clock clock;

	SittingAgenda(List<SittingItems> sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	/**
	 * @param lastSitting the day of the latest sitting that dealt with something, or {@code null}
	 * @param atLastSitting what it dealt with
	 * @param recentlyDecided what was decided before or besides it, the most recent first
	 */
	record View(LocalDate today, List<SittingItem> upcoming, LocalDate lastSitting, List<SittingItem> atLastSitting,
			List<SittingItem> recentlyDecided) {
	}

	View now() {
		LocalDate today = LocalDate.now(clock);
		List<SittingItem> upcoming = sources.stream().flatMap(s -> s.upcoming(today).stream()).sorted(BY_DATE).toList();
		List<SittingItem> decided = sources.stream()
			.flatMap(s -> s.decided(today, DECIDED_PER_SOURCE).stream())
			.filter(i -> i.date() != null)
			.sorted(BY_DATE.reversed())
			.toList();
		LocalDate last = decided.stream().filter(SittingItem::atSitting).map(SittingItem::date).findFirst().orElse(null);
		List<SittingItem> atLast = decided.stream().filter(i -> i.atSitting() && i.date().equals(last)).toList();
		List<SittingItem> recent = decided.stream().filter(i -> !atLast.contains(i)).limit(RECENTLY_DECIDED).toList();
		return new View(today, upcoming, last, atLast, recent);
	}
}
