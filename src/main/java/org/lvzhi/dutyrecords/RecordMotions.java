package org.lvzhi.dutyrecords;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.BillFiled;
import org.lvzhi.suggestions.BillWorkflow;
import org.lvzhi.suggestions.SuggestionRejected;
import org.lvzhi.suggestions.SuggestionSubmitted;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns suggestions submitted and bills filed into duty-record lines for the lead deputy and the
 * deputies who signed with her, in the publishing transaction just before it commits.
 */
@Component
class RecordMotions {

	static final Set<DutyKind> SUGGESTION = EnumSet.of(DutyKind.SUGGESTION_LED, DutyKind.SUGGESTION_CO_SIGNED);
	static final Set<DutyKind> BILL = EnumSet.of(DutyKind.BILL_LED, DutyKind.BILL_CO_SIGNED);

	private final DutyEntryWriter writer;
	private final Suggestions suggestions;
	private final BillWorkflow bills;

	RecordMotions(DutyEntryWriter writer, Suggestions suggestions, BillWorkflow bills) {
		this.writer = writer;
		this.suggestions = suggestions;
		this.bills = bills;
	}

	/**
	 * A suggestion the presidium made out of a filed bill is the same act of the same deputies: it
	 * already counts as the bill. Only at commit is the bill's link to it stored, hence this phase.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(SuggestionSubmitted e) {
		DutySource source = DutySource.suggestion(e.id().value());
		if (bills.originOf(e.id()).isPresent()) {
			writer.replace(source, SUGGESTION, List.of());
			return;
		}
		String title = suggestions.get(e.id()).map(s -> s.title()).orElse(null);
		writer.replace(source, SUGGESTION, lines(e.leadDeputy(), e.coSigners(), DutyKind.SUGGESTION_LED,
				DutyKind.SUGGESTION_CO_SIGNED, e.submittedOn(), e.number(), title));
	}

	/** A submission returned as not a suggestion no longer counts. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(SuggestionRejected e) {
		writer.replace(DutySource.suggestion(e.id().value()), SUGGESTION, List.of());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(BillFiled e) {
		writer.replace(DutySource.bill(e.id().value()), BILL, lines(e.leadDeputy(), e.coSigners(), DutyKind.BILL_LED,
				DutyKind.BILL_CO_SIGNED, e.filedOn(), e.number(), e.title()));
	}

	private static List<DutyLine> lines(PersonId lead, List<PersonId> coSigners, DutyKind led, DutyKind coSigned,
			LocalDate on, String number, String title) {
		List<DutyLine> lines = new ArrayList<>();
		lines.add(new DutyLine(lead.value(), led, on, 1, number, title));
		coSigners.stream()
			.filter(p -> !p.equals(lead))
			.forEach(p -> lines.add(new DutyLine(p.value(), coSigned, on, 1, number, title)));
		return lines;
	}
}
