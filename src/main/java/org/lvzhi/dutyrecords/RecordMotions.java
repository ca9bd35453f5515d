package org.lvzhi.dutyrecords;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.BillFiled;
import org.lvzhi.suggestions.BillWorkflow;
import org.lvzhi.suggestions.FiledBill;
import org.lvzhi.suggestions.SubmittedSuggestion;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.SuggestionRejected;
import org.lvzhi.suggestions.SuggestionSubmitted;
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
	private final BillWorkflow bills;

	RecordMotions(DutyEntryWriter writer, BillWorkflow bills) {
		this.writer = writer;
		this.bills = bills;
	}

	/**
	 * A suggestion the presidium made out of a filed bill is the same act of the same deputies: it
	 * already counts as the bill. Only at commit is the bill's link to it stored, hence this phase.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(SuggestionSubmitted e) {
		suggestion(e.id(), e.leadDeputy(), e.coSigners(), e.submittedOn(), e.number(), e.title());
	}

	/** The rebuild: the lines of a suggestion submitted earlier, as {@link SuggestionSubmitted} wrote them. */
	void replay(SubmittedSuggestion s) {
		suggestion(s.id(), s.leadDeputy(), s.coSigners(), s.submittedOn(), s.number(), s.title());
	}

	private void suggestion(SuggestionId id, PersonId lead, List<PersonId> coSigners, LocalDate on, String number,
			String title) {
		DutySource source = DutySource.suggestion(id.value());
		if (bills.originOf(id).isPresent()) {
			writer.replace(source, SUGGESTION, List.of());
			return;
		}
		writer.replace(source, SUGGESTION,
				lines(lead, coSigners, DutyKind.SUGGESTION_LED, DutyKind.SUGGESTION_CO_SIGNED, on, number, title));
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

	/** The rebuild: the lines of a bill filed earlier, as {@link BillFiled} wrote them. */
	void replay(FiledBill b) {
		writer.replace(DutySource.bill(b.id().value()), BILL, lines(b.leadDeputy(), b.coSigners(), DutyKind.BILL_LED,
				DutyKind.BILL_CO_SIGNED, b.filedOn(), b.number(), b.title()));
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
