package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deputy's suggestion and the record of its handling: the aggregate. Each move is one method
 * that refuses to run in a state it does not start from; due dates are counted by the caller on
 * the working-day calendar and handed in. A unit acts only on its own standing {@link Assignment},
 * which checks what concerns that share alone; the return window ({@link ReturnWindow}) and what a
 * unit owes before it answers ({@link AnswerReadiness}) are named rules.
 */
@Table("suggestions_suggestion")
public class Suggestion {

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

	Suggestion() {
	}

	static Suggestion draft(PersonId deputy, SuggestionContent content, List<PersonId> coSigners, LocalDate on) {
		Suggestion s = new Suggestion();
		s.state = SuggestionState.DRAFT;
		s.leadDeputyId = deputy.value();
		s.year = content.year() == null ? on.getYear() : content.year();
		s.draftedOn = on;
		s.round = 1;
		s.write(content, coSigners);
		s.log(TimelineKind.DRAFTED, on, null, null);
		return s;
	}

	void edit(SuggestionContent content, List<PersonId> coSigners, LocalDate on) {
		require("edit", SuggestionState.DRAFT);
		if (content.year() != null) {
			year = content.year();
		}
		write(content, coSigners);
		log(TimelineKind.EDITED, on, null, null);
	}

	private void write(SuggestionContent content, List<PersonId> signers) {
		title = content.title().strip();
		body = content.body().strip();
		category = content.category();
		coSigners.clear();
		signers.stream().distinct().filter(p -> p.value() != leadDeputyId).forEach(p -> coSigners.add(new CoSigner(p.value())));
	}

	void submit(int sequence, LocalDate on) {
		require("submit", SuggestionState.DRAFT);
		seq = sequence;
		number = "%d-%04d".formatted(year, sequence);
		submittedOn = on;
		state = SuggestionState.SUBMITTED;
		log(TimelineKind.SUBMITTED, on, null, null);
	}

	void withdraw(LocalDate on) {
		require("withdraw", SuggestionState.DRAFT, SuggestionState.SUBMITTED, SuggestionState.ACCEPTED);
		state = SuggestionState.WITHDRAWN;
		log(TimelineKind.WITHDRAWN, on, null, null);
	}

	void accept(LocalDate on) {
		require("accept", SuggestionState.SUBMITTED);
		state = SuggestionState.ACCEPTED;
		log(TimelineKind.ACCEPTED, on, null, null);
	}

	void reject(String reason, LocalDate on) {
		require("reject", SuggestionState.SUBMITTED);
		rejectReason = SuggestionException.requireText(reason, "suggestions.error.reasonRequired");
		state = SuggestionState.REJECTED;
		closedOn = on;
		log(TimelineKind.REJECTED, on, null, rejectReason);
	}

	/** Merges this suggestion into {@code target}, which takes over its deputies. */
	void mergeInto(Suggestion target, LocalDate on) {
		require("merge", SuggestionState.SUBMITTED, SuggestionState.ACCEPTED);
		target.require("merge", SuggestionState.SUBMITTED, SuggestionState.ACCEPTED);
		if (target.id.equals(id)) {
			throw new SuggestionException("suggestions.error.mergeSelf");
		}
		Stream.concat(Stream.of(leadDeputy()), coSigners().stream())
			.filter(p -> p.value() != target.leadDeputyId && !target.coSigners().contains(p))
			.forEach(p -> target.coSigners.add(new CoSigner(p.value())));
		mergedIntoId = target.id;
		state = SuggestionState.MERGED;
		log(TimelineKind.MERGED, on, null, target.number);
		target.log(TimelineKind.ABSORBED, on, null, number);
	}

	void assign(AssignmentPlan plan, LocalDate on, LocalDate answerDue, LocalDate viewDue) {
		require("assign", SuggestionState.ACCEPTED);
		assignments.removeIf(a -> !a.stands());
		assignments.addAll(plan.assignments(on, answerDue, viewDue));
		assignedOn = on;
		this.answerDue = answerDue;
		state = SuggestionState.ASSIGNED;
		log(TimelineKind.ASSIGNED, on, null, null);
	}

	void markKey(PersonId leader, Set<String> offices, LocalDate on) {
		if (Set.of(SuggestionState.DRAFT, SuggestionState.REJECTED, SuggestionState.WITHDRAWN, SuggestionState.MERGED,
				SuggestionState.CLOSED).contains(state)) {
			throw SuggestionException.illegalMove(state, "markKey");
		}
		if (leader == null) {
			throw new SuggestionException("suggestions.error.leaderRequired");
		}
		keySuggestion = true;
		supervisingLeaderId = leader.value();
		jointOffices.clear();
		offices.stream().sorted().forEach(o -> jointOffices.add(new JointOffice(o)));
		log(TimelineKind.MARKED_KEY, on, null, null);
	}

	void rate(PersonId deputy, Rating rating, String comment, LocalDate on) {
		require("rate", SuggestionState.ANSWERED);
		if (deputy.value() != leadDeputyId) {
			throw new SuggestionException("suggestions.error.notLeadDeputy");
		}
		feedback.add(Feedback.given(round, deputy, rating, comment, on));
		log(TimelineKind.RATED, on, null, null);
		if (rating == Rating.DISSATISFIED) {
			state = SuggestionState.DISSATISFIED;
		}
		else {
			finish(on);
		}
	}

	/**
	 * A co-signer adds her view of the answers while the lead deputy's rating is due: one view per
	 * co-signer and round, which the lead deputy reads before she rates.
	 */
	void addCoSignerView(PersonId coSigner, String text, LocalDate on) {
		require("coSignerView", SuggestionState.ANSWERED);
		if (coSigner == null || !coSigners().contains(coSigner)) {
			throw new SuggestionException("suggestions.error.notCoSigner");
		}
		CoSignerView view = CoSignerView.given(round, coSigner, text, on);
		if (coSignerViews.stream().anyMatch(v -> v.round() == round && v.personId() == coSigner.value())) {
			throw new SuggestionException("suggestions.error.viewAlreadyGiven");
		}
		coSignerViews.add(view);
		log(TimelineKind.CO_SIGNER_VIEW, on, null, null);
	}

	/** After 不满意 the units answer once more, within {@code reanswerDue}. */
	void reopen(AnswerRounds rounds, LocalDate on, LocalDate reanswerDue) {
		require("reopen", SuggestionState.DISSATISFIED);
		rounds.requireAnotherAfter(round);
		round++;
		dueForAnswers(reanswerDue);
		feedbackDue = null;
		state = SuggestionState.REOPENED;
		log(TimelineKind.REOPENED, on, null, null);
	}

	/** The office ends the handling: B and C answers go on under follow-up. */
	void close(LocalDate on) {
		require("close", SuggestionState.ANSWERED, SuggestionState.DISSATISFIED);
		if (state == SuggestionState.ANSWERED && feedbackDue != null && !on.isAfter(feedbackDue)) {
			throw new SuggestionException("suggestions.error.feedbackPending", feedbackDue);
		}
		finish(on);
	}

	private void finish(LocalDate on) {
		boolean followUp = latestAnswers().stream().anyMatch(a -> a.category().needsFollowUp());
		state = followUp ? SuggestionState.FOLLOW_UP : SuggestionState.CLOSED;
		answerDue = null;
		feedbackDue = null;
		if (!followUp) {
			closedOn = on;
			log(TimelineKind.CLOSED, on, null, null);
		}
	}

	void markImplemented(LocalDate on) {
		require("markImplemented", SuggestionState.FOLLOW_UP);
		implemented = true;
		state = SuggestionState.CLOSED;
		closedOn = on;
		log(TimelineKind.IMPLEMENTED, on, null, null);
	}

	void chase(LocalDate on) {
		requireHandling("chase");
		log(TimelineKind.CHASED, on, null, null);
	}

	// The handling units' moves and the office's decisions on their requests

	/**
	 * A unit asks to be relieved of a wrong assignment within the return window. The unit is looked
	 * up first: one not (or no longer) assigned is told so, whatever the suggestion's state.
	 */
	void requestReturn(OrganizationId unit, String reason, ReturnWindow window, LocalDate on) {
		Assignment assignment = standing(unit);
		require("requestReturn", SuggestionState.ASSIGNED);
		Assignment requested = assignment.requestReturn(reason, window, on);
		replace(assignment, requested);
		log(TimelineKind.RETURN_REQUESTED, on, unit.value(), requested.returnReason());
	}

	/**
	 * The office approves or refuses a return. When no answering unit is left, the suggestion goes
	 * back to be assigned anew and its co-handling units are released with it.
	 */
	void decideReturn(OrganizationId unit, boolean approve, LocalDate on) {
		require("decideReturn", SuggestionState.ASSIGNED);
		Assignment assignment = standing(unit);
		replace(assignment, assignment.decideReturn(approve, on));
		log(approve ? TimelineKind.RETURN_APPROVED : TimelineKind.RETURN_REFUSED, on, unit.value(), null);
		if (approve && assignments.stream().noneMatch(Assignment::answering)) {
			assignments.replaceAll(a -> a.stands() ? a.returnDecided(true, on) : a);
			answerDue = null;
			state = SuggestionState.ACCEPTED;
		}
	}

	void requestExtension(OrganizationId unit, String reason, LocalDate on) {
		require("requestExtension", SuggestionState.ASSIGNED);
		standing(unit).requireAnswering();
		if (extensionState != null) {
			throw new SuggestionException("suggestions.error.extensionAlreadyRequested");
		}
		extensionReason = SuggestionException.requireText(reason, "suggestions.error.reasonRequired");
		extensionState = ExtensionState.REQUESTED;
		log(TimelineKind.EXTENSION_REQUESTED, on, unit.value(), extensionReason);
	}

	/** Approving marks the suggestion complex: its answers are due by {@code extendedDue}. */
	void decideExtension(boolean approve, LocalDate on, LocalDate extendedDue) {
		require("decideExtension", SuggestionState.ASSIGNED);
		if (extensionState != ExtensionState.REQUESTED) {
			throw new SuggestionException("suggestions.error.noExtensionRequest");
		}
		extensionState = approve ? ExtensionState.APPROVED : ExtensionState.REFUSED;
		if (approve) {
			complex = true;
			dueForAnswers(extendedDue);
		}
		log(approve ? TimelineKind.EXTENSION_APPROVED : TimelineKind.EXTENSION_REFUSED, on, null, null);
	}

	void recordContact(OrganizationId unit, ContactStage stage, LocalDate contactOn, String way, String note) {
		requireHandling("recordContact");
		contacts.add(standing(unit).contact(stage, contactOn, way, note));
		log(TimelineKind.CONTACT, contactOn, unit.value(), null);
	}

	void sendView(OrganizationId unit, String text, LocalDate on) {
		requireHandling("sendView");
		coViews.add(standing(unit).view(text, on));
		log(TimelineKind.CO_VIEW, on, unit.value(), null);
	}

	/**
	 * What {@code unit} still owes before it may answer on {@code on}: the required contact stages it
	 * has not logged (in any round: a re-handling builds on the contacts already made), and the
	 * co-handling units that have sent no view while their period runs. A view period that has
	 * passed no longer holds the answer up.
	 */
	public AnswerReadiness readiness(OrganizationId unit, Collection<ContactStage> requiredContacts, LocalDate on) {
		return AnswerReadiness.of(unit, requiredContacts, contacts, assignments, coViews, on);
	}

	/**
	 * A lead or split unit answers, once it has met the deputy as the rules require and heard the
	 * co-handling units (see {@link #readiness}). Once every answering unit has answered the round,
	 * the deputy's rating is due by {@code feedbackDue}.
	 *
	 * @param unitName names the co-handling units in a refusal
	 * @return whether the suggestion is now answered
	 */
	boolean answer(OrganizationId unit, AnswerCategory category, String text, Long letterFileId, LocalDate on,
			LocalDate feedbackDue, Collection<ContactStage> requiredContacts, LongFunction<String> unitName) {
		requireHandling("answer");
		Assignment assignment = standing(unit).requireAnswering();
		if (assignment.answered(answers, round)) {
			throw new SuggestionException("suggestions.error.alreadyAnswered");
		}
		readiness(unit, requiredContacts, on).requireReady(unitName);
		Answer given = assignment.answer(round, category, text, letterFileId, on);
		answers.add(given);
		log(TimelineKind.ANSWERED, on, unit.value(), category.name());
		boolean complete = assignments.stream().filter(Assignment::answering)
			.allMatch(a -> a.answered(answers, round));
		if (complete) {
			state = SuggestionState.ANSWERED;
			answeredOn = on;
			answerDue = null;
			this.feedbackDue = feedbackDue;
		}
		return complete;
	}

	void reportProgress(OrganizationId unit, String text, LocalDate on) {
		require("reportProgress", SuggestionState.FOLLOW_UP);
		progress.add(standing(unit).progressReport(text, on));
		log(TimelineKind.PROGRESS, on, unit.value(), null);
	}

	void require(String action, SuggestionState... allowed) {
		if (!Arrays.asList(allowed).contains(state)) {
			throw SuggestionException.illegalMove(state, action);
		}
	}

	/** Adds a timeline line; the store stamps the time it was recorded. */
	void log(TimelineKind kind, LocalDate on, Long organizationId, String note) {
		timeline.add(new TimelineEntry(kind, on, null, organizationId, note));
	}

	Assignment standing(OrganizationId unit) {
		return assignments.stream().filter(a -> a.stands() && a.organizationId() == unit.value()).findFirst()
			.orElseThrow(() -> new SuggestionException("suggestions.error.notAssignedToUnit"));
	}

	/** The answers of the round, and every answering unit's, are now due by {@code due}. */
	private void dueForAnswers(LocalDate due) {
		answerDue = due;
		assignments.replaceAll(a -> a.answering() ? a.withDue(due) : a);
	}

	private void replace(Assignment old, Assignment updated) {
		assignments.set(assignments.indexOf(old), updated);
	}

	private void requireHandling(String action) {
		if (!state.isHandling()) {
			throw SuggestionException.illegalMove(state, action);
		}
	}

	// Reads

	public SuggestionId id() { return id == null ? null : new SuggestionId(id); }
	public int version() { return version == null ? 0 : version; }
	public int year() { return year; }
	/** The number given at submission, e.g. {@code 2023-0001}, or {@code null} for a draft. */
	public String number() { return number; }
	public String title() { return title; }
	public String body() { return body; }
	public String category() { return category; }
	public PersonId leadDeputy() { return new PersonId(leadDeputyId); }
	public List<PersonId> coSigners() { return coSigners.stream().map(CoSigner::person).toList(); }
	public SuggestionState state() { return state; }
	/** 1, or 2 after a reopening. */
	public int round() { return round; }
	public boolean key() { return keySuggestion; }
	public PersonId supervisingLeader() { return supervisingLeaderId == null ? null : new PersonId(supervisingLeaderId); }
	public List<String> jointOffices() { return jointOffices.stream().map(JointOffice::office).toList(); }
	public boolean complex() { return complex; }
	public ExtensionState extensionState() { return extensionState; }
	public String extensionReason() { return extensionReason; }
	public String rejectReason() { return rejectReason; }
	public SuggestionId mergedInto() { return mergedIntoId == null ? null : new SuggestionId(mergedIntoId); }
	public LocalDate draftedOn() { return draftedOn; }
	public LocalDate submittedOn() { return submittedOn; }
	public LocalDate assignedOn() { return assignedOn; }
	/** When the answers of the current round are due, while units handle it. */
	public LocalDate answerDue() { return answerDue; }
	public LocalDate answeredOn() { return answeredOn; }
	/** When the deputy's rating is due, while the suggestion waits for it. */
	public LocalDate feedbackDue() { return feedbackDue; }
	public LocalDate closedOn() { return closedOn; }
	public boolean implemented() { return implemented; }
	public List<Assignment> assignments() { return List.copyOf(assignments); }
	public List<Contact> contacts() { return List.copyOf(contacts); }
	public List<CoHandlingView> coViews() { return List.copyOf(coViews); }
	public List<Answer> answers() { return List.copyOf(answers); }
	public List<Feedback> feedback() { return List.copyOf(feedback); }
	public List<CoSignerView> coSignerViews() { return List.copyOf(coSignerViews); }
	public List<ProgressReport> progress() { return List.copyOf(progress); }
	public List<TimelineEntry> timeline() { return List.copyOf(timeline); }

	public List<Answer> latestAnswers() { return answers.stream().filter(a -> a.round() == round).toList(); }

	public Optional<Feedback> latestFeedback() {
		return feedback.stream().max(Comparator.comparingInt(Feedback::round));
	}

	public List<Assignment> standingAssignments() { return assignments.stream().filter(Assignment::stands).toList(); }

	public Optional<Assignment> assignmentOf(OrganizationId unit) {
		return standingAssignments().stream().filter(a -> a.organizationId() == unit.value()).findFirst();
	}

	/** The lead unit, or {@code null} for a split assignment or before assignment. */
	public OrganizationId leadUnit() {
		return standingAssignments().stream().filter(a -> a.role() == AssignmentRole.LEAD).findFirst()
			.map(Assignment::unit).orElse(null);
	}

	/**
	 * Where a unit's share stands, read from what is stored rather than from the assignment alone: a
	 * unit whose answer (or, co-handling, whose view) is recorded is no longer shown as handling, even
	 * while other units still work on the suggestion.
	 */
	public Assignment.Progress progressOf(Assignment a) {
		return a.progress(answers, coViews, round, state.isHandling());
	}

	/** The lead deputy and every co-signer. */
	public List<PersonId> deputies() {
		List<PersonId> all = new ArrayList<>();
		all.add(leadDeputy());
		all.addAll(coSigners());
		return all;
	}
}
