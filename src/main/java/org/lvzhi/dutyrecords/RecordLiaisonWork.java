package org.lvzhi.dutyrecords;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lvzhi.directory.PersonId;
import org.lvzhi.liaison.OpinionClosed;
import org.lvzhi.liaison.OpinionCollected;
import org.lvzhi.liaison.OpinionReopened;
import org.lvzhi.liaison.ReceptionDayRecorded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the liaison stations' events into duty-record lines, in the transaction that published
 * them, just before it commits (see decision 0009): the record and its source are stored together
 * or not at all.
 */
@Component
class RecordLiaisonWork {

	static final Set<DutyKind> RECEPTION = EnumSet.of(DutyKind.STATION_VISIT, DutyKind.CONSTITUENTS_RECEIVED);
	static final Set<DutyKind> COLLECTED = EnumSet.of(DutyKind.OPINION_COLLECTED);
	static final Set<DutyKind> CLOSURE = EnumSet.of(DutyKind.OPINION_HANDLED, DutyKind.PROBLEM_SOLVED);

	private final DutyEntryWriter writer;

	RecordLiaisonWork(DutyEntryWriter writer) {
		this.writer = writer;
	}

	/** A later recording of the same day replaces the earlier one: deputies no longer listed lose the visit. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ReceptionDayRecorded e) {
		List<DutyLine> lines = new ArrayList<>();
		for (PersonId deputy : e.deputiesPresent()) {
			lines.add(new DutyLine(deputy.value(), DutyKind.STATION_VISIT, e.heldOn(), 1, null, e.stationName()));
			if (e.constituentsReceived() > 0) {
				lines.add(new DutyLine(deputy.value(), DutyKind.CONSTITUENTS_RECEIVED, e.heldOn(), e.constituentsReceived(),
						null, e.stationName()));
			}
		}
		writer.replace(DutySource.receptionDay(e.day().value()), RECEPTION, lines);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OpinionCollected e) {
		List<DutyLine> lines = e.deputies().stream()
			.map(d -> new DutyLine(d.value(), DutyKind.OPINION_COLLECTED, e.receivedOn(), 1, null, e.subject()))
			.toList();
		writer.replace(DutySource.opinion(e.opinion().value()), COLLECTED, lines);
	}

	/** Each closing replaces the previous one, so a reopened opinion closed again counts once. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OpinionClosed e) {
		DutySource source = DutySource.opinion(e.opinion().value());
		String subject = writer.titleOf(source);
		List<DutyLine> lines = new ArrayList<>();
		for (PersonId deputy : e.deputies()) {
			lines.add(new DutyLine(deputy.value(), DutyKind.OPINION_HANDLED, e.closedOn(), 1, null, subject));
			if (e.solved()) {
				lines.add(new DutyLine(deputy.value(), DutyKind.PROBLEM_SOLVED, e.closedOn(), 1, null, subject));
			}
		}
		writer.replace(source, CLOSURE, lines);
	}

	/** A reopened opinion is neither handled nor solved until it is closed again. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OpinionReopened e) {
		writer.replace(DutySource.opinion(e.opinion().value()), CLOSURE, List.of());
	}
}
