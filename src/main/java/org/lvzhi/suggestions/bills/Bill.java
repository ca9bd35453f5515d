package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.BillContent;
import org.lvzhi.suggestions.BillOutcome;
import org.lvzhi.suggestions.SuggestionId;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deputies' bill (议案) and the record of its handling: the aggregate. Each move is one method
 * that refuses to run in a state it does not start from; due dates are counted by the caller on
 * the working-day calendar and handed in.
 */
@Table("suggestions_bill")
public class Bill extends BillData {

	Bill() {
	}

	static Bill draft(PersonId lead, OrganizationId congress, BillContent content, List<PersonId> coSigners,
			LocalDate on) {
		Bill b = new Bill();
		b.state = BillState.DRAFTED;
		b.leadDeputyId = lead.value();
		b.congressId = congress.value();
		b.year = content.year() == null ? on.getYear() : content.year();
		b.title = content.title().strip();
		b.grounds = content.grounds().strip();
		b.proposal = content.proposal().strip();
		b.draftedOn = on;
		coSigners.stream().distinct().filter(p -> p.value() != b.leadDeputyId)
			.forEach(p -> b.signers.add(new BillSigner(p.value(), null)));
		b.log("DRAFTED", on, lead.value(), null, null);
		return b;
	}

	void sign(PersonId deputy, LocalDate on) {
		require("sign", BillState.DRAFTED);
		int i = indexOf(deputy);
		if (i < 0) {
			throw new BillException("bills.error.notCoSigner");
		}
		if (signers.get(i).signed()) {
			throw new BillException("bills.error.alreadySigned");
		}
		signers.set(i, new BillSigner(deputy.value(), on));
		log("SIGNED", on, deputy.value(), null, null);
	}

	void file(int sequence, int minimumDeputies, LocalDate on) {
		require("file", BillState.DRAFTED);
		int signed = signedDeputies().size();
		if (signed < minimumDeputies) {
			throw new BillException("bills.error.tooFewDeputies", minimumDeputies, signed);
		}
		seq = sequence;
		number = "%d-议-%02d".formatted(year, sequence);
		filedOn = on;
		state = BillState.FILED;
		log("FILED", on, leadDeputyId, null, number);
	}

	void withdraw(LocalDate on) {
		require("withdraw", BillState.DRAFTED, BillState.FILED);
		state = BillState.WITHDRAWN;
		log("WITHDRAWN", on, leadDeputyId, null, null);
	}

	void list(String note, LocalDate on) {
		decide("list", note, on);
		state = BillState.LISTED;
		log("LISTED", on, null, null, decisionNote);
	}

	void convert(SuggestionId suggestion, String note, LocalDate on) {
		decide("convert", note, on);
		suggestionId = suggestion.value();
		state = BillState.CONVERTED;
		log("CONVERTED", on, null, null, decisionNote);
	}

	void refer(OrganizationId committee, String note, LocalDate on, LocalDate reportDue) {
		decide("refer", note, on);
		committeeId = committee.value();
		committeeReportDue = reportDue;
		state = BillState.REFERRED;
		log("REFERRED", on, null, committee.value(), decisionNote);
	}

	private void decide(String action, String note, LocalDate on) {
		require(action, BillState.FILED);
		if (on.isBefore(filedOn)) {
			throw new BillException("bills.error.beforeFiling", filedOn);
		}
		decidedOn = on;
		decisionNote = blankToNull(note);
	}

	void recordCommitteeReport(String text, BillOutcome recommended, LocalDate on) {
		require("report", BillState.REFERRED);
		committeeReport = required(text);
		if (recommended == null) {
			throw new BillException("bills.error.recommendationRequired");
		}
		recommendation = recommended;
		committeeReportedOn = on;
		state = BillState.REPORTED;
		log("COMMITTEE_REPORTED", on, null, committeeId, null);
	}

	void settle(BillOutcome chosen, String note, List<OrganizationId> handedTo, LocalDate on, LocalDate reportDue) {
		require("settle", BillState.REPORTED);
		if (chosen == null) {
			throw new BillException("bills.error.outcomeRequired");
		}
		if (chosen == BillOutcome.HANDED) {
			List<OrganizationId> distinct = handedTo.stream().distinct().toList();
			if (distinct.isEmpty()) {
				throw new BillException("bills.error.organsRequired");
			}
			distinct.forEach(o -> organs.add(new BillOrgan(o.value(), on, reportDue, null, null)));
		}
		outcome = chosen;
		outcomeOn = on;
		outcomeNote = blankToNull(note);
		state = switch (chosen) {
			case SCHEDULED -> BillState.SCHEDULED;
			case PLANNED -> BillState.PLANNED;
			case HANDED -> BillState.HANDED;
		};
		log(chosen.name(), on, null, null, outcomeNote);
	}

	void recordOrganReport(OrganizationId organ, String text, LocalDate on) {
		require("organReport", BillState.HANDED);
		int i = -1;
		for (int k = 0; k < organs.size(); k++) {
			if (organs.get(k).organizationId() == organ.value()) {
				i = k;
			}
		}
		if (i < 0) {
			throw new BillException("bills.error.notHandedTo");
		}
		if (organs.get(i).reported()) {
			throw new BillException("bills.error.alreadyReported");
		}
		organs.set(i, organs.get(i).withReport(required(text), on));
		log("ORGAN_REPORTED", on, null, organ.value(), null);
	}

	void complete(String note, LocalDate on) {
		require("complete", BillState.LISTED, BillState.SCHEDULED, BillState.PLANNED, BillState.HANDED);
		long waiting = organs.stream().filter(o -> !o.reported()).count();
		if (waiting > 0) {
			throw new BillException("bills.error.reportsPending", waiting);
		}
		completedOn = on;
		completionNote = blankToNull(note);
		state = BillState.COMPLETED;
		log("COMPLETED", on, null, null, completionNote);
	}

	private int indexOf(PersonId deputy) {
		for (int i = 0; i < signers.size(); i++) {
			if (deputy != null && signers.get(i).personId() == deputy.value()) {
				return i;
			}
		}
		return -1;
	}

	private static String required(String text) {
		if (text == null || text.isBlank()) {
			throw new BillException("bills.error.textRequired");
		}
		return text.strip();
	}

	private static String blankToNull(String note) {
		return note == null || note.isBlank() ? null : note.strip();
	}
}
