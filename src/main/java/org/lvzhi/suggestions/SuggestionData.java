package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lvzhi.directory.PersonId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * The stored fields of a {@link Suggestion} and their reads. Fields change only through the moves
 * of {@link Suggestion} and {@link SuggestionHandling}.
 */
public abstract class SuggestionData {

	@Id
	Long id;
	@Version
	Integer version;
	@Column("session_year")
	int year;
	Integer seq;
	String number;
	String title;
	String body;
	String category;
	long leadDeputyId;
	SuggestionState state;
	int round;
	boolean keySuggestion;
	Long supervisingLeaderId;
	boolean complex;
	ExtensionState extensionState;
	String extensionReason;
	String rejectReason;
	Long mergedIntoId;
	LocalDate draftedOn;
	LocalDate submittedOn;
	LocalDate assignedOn;
	LocalDate answerDue;
	LocalDate answeredOn;
	LocalDate feedbackDue;
	LocalDate closedOn;
	boolean implemented;

	@MappedCollection(idColumn = "suggestion_id", keyColumn = "idx")
	List<CoSigner> coSigners = new ArrayList<>();
	@MappedCollection(idColumn = "suggestion_id", keyColumn = "idx")
	List<JointOffice> jointOffices = new ArrayList<>();
	@MappedCollection(idColumn = "suggestion_id", keyColumn = "idx")
	List<Assignment> assignments = new ArrayList<>();
	@MappedCollection(idColumn = "suggestion_id", keyColumn = "idx")
	List<Contact> contacts = new ArrayList<>();
	@MappedCollection(idColumn = "suggestion_id", keyColumn = "idx")
	List<CoHandlingView> coViews = new ArrayList<>();
	@MappedCollection(idColumn = "suggestion_id", keyColumn = "idx")
	List<Answer> answers = new ArrayList<>();
	@MappedCollection(idColumn = "suggestion_id", keyColumn = "idx")
	List<Feedback> feedback = new ArrayList<>();
	@MappedCollection(idColumn = "suggestion_id", keyColumn = "idx")
	List<CoSignerView> coSignerViews = new ArrayList<>();
	@MappedCollection(idColumn = "suggestion_id", keyColumn = "idx")
	List<ProgressReport> progress = new ArrayList<>();
	@MappedCollection(idColumn = "suggestion_id", keyColumn = "idx")
	List<TimelineEntry> timeline = new ArrayList<>();

	/** The child rows as loaded, so that a save writes only what changed; see {@link SuggestionRows}. */
	@Transient
	SuggestionRows.Stored stored;

	SuggestionData() {
	}

	final void require(String action, SuggestionState... allowed) {
		if (!Arrays.asList(allowed).contains(state)) {
			throw SuggestionException.illegalMove(state, action);
		}
	}

	/** Adds a timeline line; the store stamps the time it was recorded. */
	final void log(TimelineKind kind, LocalDate on, Long organizationId, String note) {
		timeline.add(new TimelineEntry(kind, on, null, organizationId, note));
	}

	public SuggestionId id() {
		return id == null ? null : new SuggestionId(id);
	}

	public int version() {
		return version == null ? 0 : version;
	}

	public int year() {
		return year;
	}

	/** The number given at submission, e.g. {@code 2023-0001}, or {@code null} for a draft. */
	public String number() {
		return number;
	}

	public String title() {
		return title;
	}

	public String body() {
		return body;
	}

	public String category() {
		return category;
	}

	public PersonId leadDeputy() {
		return new PersonId(leadDeputyId);
	}

	public List<PersonId> coSigners() {
		return coSigners.stream().map(CoSigner::person).toList();
	}

	public SuggestionState state() {
		return state;
	}

	/** 1, or 2 after a reopening. */
	public int round() {
		return round;
	}

	public boolean key() {
		return keySuggestion;
	}

	public PersonId supervisingLeader() {
		return supervisingLeaderId == null ? null : new PersonId(supervisingLeaderId);
	}

	public List<String> jointOffices() {
		return jointOffices.stream().map(JointOffice::office).toList();
	}

	public boolean complex() {
		return complex;
	}

	public ExtensionState extensionState() {
		return extensionState;
	}

	public String extensionReason() {
		return extensionReason;
	}

	public String rejectReason() {
		return rejectReason;
	}

	public SuggestionId mergedInto() {
		return mergedIntoId == null ? null : new SuggestionId(mergedIntoId);
	}

	public LocalDate draftedOn() {
		return draftedOn;
	}

	public LocalDate submittedOn() {
		return submittedOn;
	}

	public LocalDate assignedOn() {
		return assignedOn;
	}

	/** When the answers of the current round are due, while units handle it. */
	public LocalDate answerDue() {
		return answerDue;
	}

	public LocalDate answeredOn() {
		return answeredOn;
	}

	/** When the deputy's rating is due, while the suggestion waits for it. */
	public LocalDate feedbackDue() {
		return feedbackDue;
	}

	public LocalDate closedOn() {
		return closedOn;
	}

	public boolean implemented() {
		return implemented;
	}

	public List<Assignment> assignments() {
		return List.copyOf(assignments);
	}

	public List<Contact> contacts() {
		return List.copyOf(contacts);
	}

	public List<CoHandlingView> coViews() {
		return List.copyOf(coViews);
	}

	public List<Answer> answers() {
		return List.copyOf(answers);
	}

	public List<Feedback> feedback() {
		return List.copyOf(feedback);
	}

	public List<CoSignerView> coSignerViews() {
		return List.copyOf(coSignerViews);
	}

	public List<ProgressReport> progress() {
		return List.copyOf(progress);
	}

	public List<TimelineEntry> timeline() {
		return List.copyOf(timeline);
	}
}
