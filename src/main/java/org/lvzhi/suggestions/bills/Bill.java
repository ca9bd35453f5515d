package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.BillContent;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillOutcome;
import org.lvzhi.suggestions.SuggestionId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deputies' bill (议案) and the record of its handling: the aggregate. Each move is one method
 * that refuses to run in a state it does not start from; due dates are counted by the caller on
 * the working-day calendar and handed in.
 */
@Table("suggestions_bill")
public class Bill {

	@Id
	Long id;
	@Version
	Integer version;
	@Column("session_year")
	int year;
	Integer seq;
	String number;
	String title;
	String grounds;
	String proposal;
	long congressId;
	long leadDeputyId;
	BillState state;
	LocalDate draftedOn;
	LocalDate filedOn;
	LocalDate decidedOn;
	String decisionNote;
	Long suggestionId;
	Long committeeId;
	LocalDate committeeReportDue;
	String committeeReport;
	LocalDate committeeReportedOn;
	BillOutcome recommendation;
	BillOutcome outcome;
	LocalDate outcomeOn;
	String outcomeNote;
	LocalDate completedOn;
	String completionNote;

	@MappedCollection(idColumn = "bill_id", keyColumn = "idx")
	List<BillSigner> signers = new ArrayList<>();
	@MappedCollection(idColumn = "bill_id", keyColumn = "idx")
	List<BillOrgan> organs = new ArrayList<>();
	@MappedCollection(idColumn = "bill_id", keyColumn = "idx")
	List<BillTimelineEntry> timeline = new ArrayList<>();

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

	void file(int sequence, SignatureThreshold threshold, LocalDate on) {
		require("file", BillState.DRAFTED);
		threshold.requireMetBy(signedDeputies());
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
		OrganReports.requireAllIn(organs);
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

	public BillId id() {
		return id == null ? null : new BillId(id);
	}

	public int version() {
		return version == null ? 0 : version;
	}

	public int year() {
		return year;
	}

	/** The number given at filing, e.g. {@code 2023-议-01}, or {@code null} for a draft. */
	public String number() {
		return number;
	}

	public String title() {
		return title;
	}

	public String grounds() {
		return grounds;
	}

	public String proposal() {
		return proposal;
	}

	public OrganizationId congress() {
		return new OrganizationId(congressId);
	}

	public PersonId leadDeputy() {
		return new PersonId(leadDeputyId);
	}

	public BillState state() {
		return state;
	}

	public LocalDate draftedOn() {
		return draftedOn;
	}

	public LocalDate filedOn() {
		return filedOn;
	}

	public LocalDate decidedOn() {
		return decidedOn;
	}

	public String decisionNote() {
		return decisionNote;
	}

	/** The suggestion the presidium turned the bill into, or {@code null}. */
	public SuggestionId suggestion() {
		return suggestionId == null ? null : new SuggestionId(suggestionId);
	}

	public Long committeeId() {
		return committeeId;
	}

	public LocalDate committeeReportDue() {
		return committeeReportDue;
	}

	public String committeeReport() {
		return committeeReport;
	}

	public LocalDate committeeReportedOn() {
		return committeeReportedOn;
	}

	public BillOutcome recommendation() {
		return recommendation;
	}

	public BillOutcome outcome() {
		return outcome;
	}

	public LocalDate outcomeOn() {
		return outcomeOn;
	}

	public String outcomeNote() {
		return outcomeNote;
	}

	public LocalDate completedOn() {
		return completedOn;
	}

	public String completionNote() {
		return completionNote;
	}

	public List<BillSigner> signers() {
		return List.copyOf(signers);
	}

	public List<BillOrgan> organs() {
		return List.copyOf(organs);
	}

	public List<BillTimelineEntry> timeline() {
		return List.copyOf(timeline);
	}

	/** The lead deputy and every co-signer who has signed. */
	public List<PersonId> signedDeputies() {
		List<PersonId> all = new ArrayList<>();
		all.add(leadDeputy());
		signers.stream().filter(BillSigner::signed).map(BillSigner::person).forEach(all::add);
		return all;
	}

	public boolean listsSigner(PersonId person) {
		return signers.stream().anyMatch(s -> s.personId() == person.value());
	}

	public boolean handedTo(OrganizationId organ) {
		return organs.stream().anyMatch(o -> o.organizationId() == organ.value());
	}

	private void require(String action, BillState... allowed) {
		if (!Arrays.asList(allowed).contains(state)) {
			throw BillException.illegalMove(state, action);
		}
	}

	private void log(String kind, LocalDate on, Long person, Long organization, String note) {
		timeline.add(new BillTimelineEntry(kind, on, null, person, organization, note));
	}
}
