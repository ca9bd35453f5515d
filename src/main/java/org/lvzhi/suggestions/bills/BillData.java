package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillOutcome;
import org.lvzhi.suggestions.SuggestionId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** The stored fields of a {@link Bill} and their reads; fields change only through its moves. */
public abstract class BillData {

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

	final void require(String action, BillState... allowed) {
		if (!Arrays.asList(allowed).contains(state)) {
			throw BillException.illegalMove(state, action);
		}
	}

	final void log(String kind, LocalDate on, Long person, Long organization, String note) {
		timeline.add(new BillTimelineEntry(kind, on, null, person, organization, note));
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
}
