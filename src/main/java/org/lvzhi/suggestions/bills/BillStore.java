package org.lvzhi.suggestions.bills;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.notifications.NotificationRequested;
import org.lvzhi.notifications.NotificationsSettled;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.numbering.YearCounter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Loads and saves bills for the use cases. Every save writes the audit entry in the caller's
 * transaction, so no move is stored without its trace; notices go out in the same transaction.
 */
@Component
class BillStore {

	static final String OFFICE = "office:DEPUTY_AFFAIRS";

	private final BillRepository repository;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	private final YearCounter counter;
	private final BillIndex index;

	BillStore(BillRepository repository, ApplicationEventPublisher events, Clock clock, YearCounter counter,
			BillIndex index) {
		this.index = index;
		this.counter = counter;
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	Bill load(BillId id) {
		return repository.findById(id.value()).orElseThrow(() -> new BillException("bills.error.notFound", id.value()));
	}

	/**
	 * The bill as the editor saw it.
	 * @throws OptimisticLockingFailureException when it was changed since
	 */
	Bill load(BillId id, int expectedVersion) {
		Bill b = load(id);
		if (b.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Bill " + id + " is at version " + b.version());
		}
		return b;
	}

	/** The next number of the year, from the counter that concurrent submits wait on. */
	int nextSequence(int year) {
		return counter.next(YearCounter.Kind.BILL, year);
	}

	/** Saves a move with its audit entry, and settles the notices the move answers. */
	Bill save(Bill b, String action, BillSnapshot before) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		b.timeline.replaceAll(t -> t.recordedAt() != null ? t
				: new BillTimelineEntry(t.kind(), t.occurredOn(), now, t.personId(), t.organizationId(), t.note()));
		Bill saved = repository.save(b);
		events.publishEvent(new AuditEvent("bills." + action, "Bill", String.valueOf(saved.id()),
				saved.number() == null ? saved.title() : saved.number() + " " + saved.title(), before,
				BillSnapshot.of(saved)));
		index.changed(saved);
		String[] settled = settledBy(action);
		if (settled.length > 0) {
			events.publishEvent(NotificationsSettled.of(subject(saved),
					java.util.Arrays.stream(settled).map(w -> "bill." + w).toArray(String[]::new)));
		}
		return saved;
	}

	/**
	 * The notices a move settles because it is what they asked for: filing gathers the signatures,
	 * the presidium's decision answers the filing, the reports answer the referral and the handing
	 * over, the outcome and the completion answer the reports.
	 */
	static String[] settledBy(String action) {
		return switch (action) {
			case "filed" -> new String[] { "signatureRequested" };
			case "listed", "converted", "referred" -> new String[] { "filed" };
			case "committeeReported" -> new String[] { "referred" };
			case "settled" -> new String[] { "committeeReported" };
			case "completed" -> new String[] { "organReported", "handed" };
			case "withdrawn" -> new String[] { "signatureRequested", "filed" };
			default -> new String[0];
		};
	}

	static String subject(Bill b) {
		return "bill:" + b.id();
	}

	/** Tells whoever must act next; the text is {@code bills.notice.<what>} with number and title. */
	void notify(Bill b, List<String> recipients, String what) {
		if (!recipients.isEmpty()) {
			events.publishEvent(new NotificationRequested(recipients, "bills.notice." + what,
					List.of(b.number() == null ? "" : b.number(), b.title()), "/bills/" + b.id(), "bill." + what,
					subject(b)));
		}
	}
}
