package org.lvzhi.search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Applies the modules' changes to the index once their transaction has committed, so that a
 * rolled-back change is never found.
 *
 * <p>Synchronous on purpose: the publishing request returns only when the change is searchable,
 * which is what a user who just saved a record expects, and tests need no waiting. Updating a
 * Lucene writer takes well under a millisecond; the refresh happens lazily before the next
 * search. Spring Modulith's publication registry still records each event and marks it complete
 * only when this listener succeeded, so an update lost to a crash is listed as incomplete.
 * Events published outside a transaction are applied at once.
 */
@Component
class IndexUpdates {

	private final Indexes indexes;

	IndexUpdates(Indexes indexes) {
		this.indexes = indexes;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(DocumentChanged event) {
		SearchDocument document = event.document();
		if (document != null && document.id() != null) {
			indexes.forWriting(document.type()).put(document);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(DocumentRemoved event) {
		if (event.id() != null) {
			indexes.forReading(event.type()).ifPresent(index -> index.remove(event.id()));
		}
	}
}
