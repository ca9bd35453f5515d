package org.lvzhi.suggestions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.suggestions.numbering.YearCounter;
import org.lvzhi.suggestions.search.SuggestionDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Loads and saves suggestions for the use cases. Every save writes the audit entry and tells the
 * search index, in the caller's transaction, so no move is stored without its trace. Saves write
 * only the changed rows ({@link SuggestionRows}); the index hears of each suggestion once per
 * transaction; the time of saves is logged at DEBUG.
 */
@Component
class SuggestionStore {

	private static final Logger log = LoggerFactory.getLogger(SuggestionStore.class);

	private final SuggestionRows rows;
	private final SuggestionDocuments documents;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	private final YearCounter counter;
	private final SuggestionNotices notices;
	private final Timings timings = new Timings();

	SuggestionStore(SuggestionRows rows, SuggestionDocuments documents, ApplicationEventPublisher events,
			Clock clock, YearCounter counter, SuggestionNotices notices) {
		this.notices = notices;
		this.counter = counter;
		this.rows = rows;
		this.documents = documents;
		this.events = events;
		this.clock = clock;
	}

	Suggestion load(SuggestionId id) {
		long started = System.nanoTime();
		Suggestion s = rows.load(id.value())
			.orElseThrow(() -> new SuggestionException("suggestions.error.notFound", id.value()));
		timings.loaded(System.nanoTime() - started);
		return s;
	}

	/**
	 * The suggestion as the editor saw it.
	 * @throws OptimisticLockingFailureException when it was changed since
	 */
	Suggestion load(SuggestionId id, int expectedVersion) {
		Suggestion s = load(id);
		if (s.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Suggestion " + id + " is at version " + s.version());
		}
		return s;
	}

	/** The next number of the year, from the counter that concurrent submits wait on. */
	int nextSequence(int year) {
		return counter.next(YearCounter.Kind.SUGGESTION, year);
	}

	/**
	 * Saves a move: stamps the new timeline lines, writes the audit entry, settles the notices the
	 * move answers ({@link NoticesSettled}), updates the index.
	 */
	Suggestion save(Suggestion s, String action, SuggestionSnapshot before) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		s.timeline.replaceAll(t -> t.recordedAt() != null ? t
				: new TimelineEntry(t.kind(), t.occurredOn(), now, t.organizationId(), t.note()));
		long started = System.nanoTime();
		Suggestion saved = rows.save(s);
		long written = System.nanoTime();
		events.publishEvent(new AuditEvent("suggestions." + action, "Suggestion", String.valueOf(saved.id()),
				saved.number() == null ? saved.title() : saved.number() + " " + saved.title(), before,
				SuggestionSnapshot.of(saved)));
		long audited = System.nanoTime();
		String[] settled = NoticesSettled.by(action, saved);
		if (settled.length > 0) {
			notices.settle(saved, settled);
		}
		publishAtCommit(saved);
		timings.add(written - started, audited - written, System.nanoTime() - audited);
		return saved;
	}


	/**
	 * Tells the search index about the suggestion as the transaction leaves it. A transaction that
	 * moves a suggestion several times (the demo world, an import's draft and submit) indexes it
	 * once, not once per move; the index listener still runs only after the commit.
	 */
	private void publishAtCommit(Suggestion saved) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			documents.publish(saved);
			return;
		}
		PendingDocuments pending = TransactionSynchronizationManager.getSynchronizations().stream()
			.filter(PendingDocuments.class::isInstance).map(PendingDocuments.class::cast)
			.filter(p -> p.documents == documents).findFirst().orElse(null);
		if (pending == null) {
			pending = new PendingDocuments(documents);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.latest.put(saved.id, saved);
	}

	/** The suggestions saved in the current transaction, published to the index before it commits. */
	private static final class PendingDocuments implements TransactionSynchronization {

		private final SuggestionDocuments documents;
		private final Map<Long, Suggestion> latest = new LinkedHashMap<>();

		PendingDocuments(SuggestionDocuments documents) {
			this.documents = documents;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			latest.values().forEach(documents::publish);
		}
	}

	/**
	 * Where the time of saves goes: the rows, the audit entry, and the hand-over to the search index
	 * (the index itself is updated after the commit). Logged at DEBUG
	 * every 1,000 saves, which a demo load or a large import reaches.
	 */
	static final class Timings {

		private final LongAdder count = new LongAdder();
		private final LongAdder rows = new LongAdder();
		private final LongAdder audit = new LongAdder();
		private final LongAdder search = new LongAdder();
		private final LongAdder loads = new LongAdder();

		void loaded(long nanos) {
			loads.add(nanos);
		}

		void add(long rowsNanos, long auditNanos, long searchNanos) {
			rows.add(rowsNanos);
			audit.add(auditNanos);
			search.add(searchNanos);
			count.increment();
			if (count.sum() % 1000 == 0 && log.isDebugEnabled()) {
				log.debug("{} suggestion saves so far: loads {} ms, rows {} ms, audit {} ms, search event {} ms",
						count.sum(), loads.sum() / 1_000_000, rows.sum() / 1_000_000, audit.sum() / 1_000_000,
						search.sum() / 1_000_000);
			}
		}
	}
}
