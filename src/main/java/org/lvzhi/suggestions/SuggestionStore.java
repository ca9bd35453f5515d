package org.lvzhi.suggestions;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.lvzhi.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.lvzhi.suggestions.numbering.YearCounter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Loads and saves suggestions for the use cases. Every save writes the audit entry and tells the
 * search index, in the caller's transaction, so no move is stored without its trace. Saves write
 * only the changed rows ({@link SuggestionRows}); their time is logged at DEBUG.
 */
@Component
class SuggestionStore {

	private static final Logger log = LoggerFactory.getLogger(SuggestionStore.class);

	private final SuggestionRows rows;
	private final SuggestionDocuments documents;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	private final YearCounter counter;

	SuggestionStore(SuggestionRows rows, SuggestionDocuments documents, ApplicationEventPublisher events,
			Clock clock, YearCounter counter) {
		this.counter = counter;
		this.rows = rows;
		this.documents = documents;
		this.events = events;
		this.clock = clock;
	}

	Suggestion load(SuggestionId id) {
		return rows.load(id.value())
			.orElseThrow(() -> new SuggestionException("suggestions.error.notFound", id.value()));
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

	/** Saves a move: stamps the new timeline lines, writes the audit entry, updates the index. */
	Suggestion save(Suggestion s, String action, SuggestionSnapshot before) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		s.timeline.replaceAll(t -> t.recordedAt() != null ? t
				: new TimelineEntry(t.kind(), t.occurredOn(), now, t.organizationId(), t.note()));
		long started = System.nanoTime();
		Suggestion saved = rows.save(s);
		if (log.isDebugEnabled()) {
			log.debug("Suggestion {} saved ({}) in {} µs", saved.id(), action, (System.nanoTime() - started) / 1000);
		}
		events.publishEvent(new AuditEvent("suggestions." + action, "Suggestion", String.valueOf(saved.id()),
				saved.number() == null ? saved.title() : saved.number() + " " + saved.title(), before,
				SuggestionSnapshot.of(saved)));
		documents.publish(saved);
		return saved;
	}
}
