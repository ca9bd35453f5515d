package org.lvzhi.search;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Applies the modules' changes to the index once their transaction has committed, so that a
 * rolled-back change is never found.
 *
 * <p>Synchronous on purpose: the publishing request returns only when the change is searchable,
 * which is what a user who just saved a record expects, and tests need no waiting. Updating a
 * Lucene writer takes well under a millisecond; the refresh happens lazily before the next
 * search. Events published outside a transaction are applied at once.
 *
 * <p>A plain listener that registers its own after-commit step, not a transactional event listener:
 * Spring Modulith records every transactional listener's event and marks it completed in a
 * transaction of its own, which needs a second database connection while the request still holds
 * its first. At 16 simultaneous public submissions on a pool of 10 connections every request waited
 * for a second one until the pool's timeout (the petitions benchmark, docs/benchmarks.md). An index
 * update lost to a crash is repaired by a rebuild (decision 7).
 */
@Component
class IndexUpdates {

	private final Indexes indexes;

	IndexUpdates(Indexes indexes) {
		this.indexes = indexes;
	}

	@EventListener
	void on(DocumentChanged event) {
		SearchDocument document = event.document();
		if (document != null && document.id() != null) {
			afterCommit(() -> indexes.forWriting(document.type()).put(document));
		}
	}

	@EventListener
	void on(DocumentRemoved event) {
		if (event.id() != null) {
			afterCommit(() -> indexes.forReading(event.type()).ifPresent(index -> index.remove(event.id())));
		}
	}

	private static void afterCommit(Runnable update) {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					update.run();
				}
			});
		}
		else {
			update.run();
		}
	}
}
