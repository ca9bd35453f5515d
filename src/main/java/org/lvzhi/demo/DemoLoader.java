package org.lvzhi.demo;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the missing parts of the demo world, each contributor in one transaction together with
 * its row in {@link DemoParts}: a stop, a kill or an error in the middle of a part leaves nothing
 * of that part behind, and the parts before it stay complete.
 */
@Component
class DemoLoader {

	private final DemoParts parts;
	private final TransactionTemplate transactions;
	private final DemoStatus status;
	private volatile boolean stopping;
	private volatile String current;

	DemoLoader(DemoParts parts, TransactionTemplate transactions, DemoStatus status) {
		this.parts = parts;
		this.transactions = transactions;
		this.status = status;
	}

	/**
	 * What a load did.
	 *
	 * @param stoppedAt the part that was not saved, or {@code null} when all were
	 * @param error why it was not saved; {@code null} when the application was stopped
	 */
	record Outcome(String stoppedAt, RuntimeException error) {

		boolean complete() {
			return stoppedAt == null;
		}

		boolean interrupted() {
			return stoppedAt != null && error == null;
		}
	}

	/**
	 * Loads the given parts in order.
	 *
	 * @param present how many parts of the world the database holds already
	 * @param total how many parts the world has
	 */
	Outcome load(List<DemoContributor> missing, int present, int total, DemoContext context) {
		int done = present;
		for (DemoContributor contributor : missing) {
			if (stopping) {
				return new Outcome(contributor.name(), null);
			}
			current = contributor.name();
			status.loading(done + 1, total);
			try {
				transactions.executeWithoutResult(tx -> {
					contributor.contribute(context);
					parts.record(contributor.name(), context.seed());
				});
			}
			catch (RuntimeException e) {
				return new Outcome(contributor.name(), stopping ? null : e);
			}
			done++;
		}
		return new Outcome(null, null);
	}

	/** The part being written, or the last one written. */
	String current() {
		return current;
	}

	/** The application is shutting down: the part being written is lost, no further one starts. */
	void stop() {
		stopping = true;
	}
}
