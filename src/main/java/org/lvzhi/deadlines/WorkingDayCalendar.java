package org.lvzhi.deadlines;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the calendar in memory: deadline lists count thousands of days per page, and the schedule
 * changes once a year. A change made here is seen at once after its commit; a change made on
 * another node of a cluster is seen after at most {@link #MAX_AGE}.
 */
@Component
class WorkingDayCalendar {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	private record Loaded(CalendarSnapshot snapshot, long loadedAtNanos) {
	}

	private final CalendarStore store;
	private final AtomicReference<Loaded> current = new AtomicReference<>();

	WorkingDayCalendar(CalendarStore store) {
		this.store = store;
	}

	CalendarSnapshot snapshot() {
		Loaded loaded = current.get();
		if (loaded == null || System.nanoTime() - loaded.loadedAtNanos() > MAX_AGE.toNanos()) {
			loaded = new Loaded(load(), System.nanoTime());
			current.set(loaded);
		}
		return loaded.snapshot();
	}

	/** Forgets the snapshot once the running transaction commits (at once when there is none). */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					current.set(null);
				}
			});
		}
		else {
			current.set(null);
		}
	}

	private CalendarSnapshot load() {
		Map<java.time.LocalDate, CalendarDay> days = store.allDays().stream()
			.collect(Collectors.toMap(CalendarDay::date, Function.identity()));
		return new CalendarSnapshot(days, store.loadedYears());
	}
}
