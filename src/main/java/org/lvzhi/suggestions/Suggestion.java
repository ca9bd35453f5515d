package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deputy's suggestion and the record of its handling: the aggregate. Screening and the
 * deputy's moves are here; the units' moves are in {@link SuggestionHandling}. Each move is one
 * method that refuses to run in a state it does not start from; due dates are counted by the
 * caller on the working-day calendar and handed in.
 */
@Table("suggestions_suggestion")
public class Suggestion extends SuggestionHandling {

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
		if (reason == null || reason.isBlank()) {
			throw new SuggestionException("suggestions.error.reasonRequired");
		}
		rejectReason = reason.strip();
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
		if (plan.lead() != null) {
			assignments.add(Assignment.of(plan.lead(), AssignmentRole.LEAD, on, answerDue));
		}
		plan.coHandling().forEach(u -> assignments.add(Assignment.of(u, AssignmentRole.CO, on, viewDue)));
		plan.split().forEach(u -> assignments.add(Assignment.of(u, AssignmentRole.SPLIT, on, answerDue)));
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
		if (rating == Rating.DISSATISFIED && (comment == null || comment.isBlank())) {
			throw new SuggestionException("suggestions.error.commentRequired");
		}
		feedback.add(new Feedback(round, deputy.value(), rating, comment == null ? null : comment.strip(), on));
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
		if (text == null || text.isBlank()) {
			throw new SuggestionException("suggestions.error.textRequired");
		}
		if (text.strip().length() > 2000) {
			throw new SuggestionException("suggestions.error.viewTooLong", 2000);
		}
		if (coSignerViews.stream().anyMatch(v -> v.round() == round && v.personId() == coSigner.value())) {
			throw new SuggestionException("suggestions.error.viewAlreadyGiven");
		}
		coSignerViews.add(new CoSignerView(round, coSigner.value(), text.strip(), on));
		log(TimelineKind.CO_SIGNER_VIEW, on, null, null);
	}

	/** After 不满意 the units answer once more, within {@code reanswerDue}. */
	void reopen(int maxRounds, LocalDate on, LocalDate reanswerDue) {
		require("reopen", SuggestionState.DISSATISFIED);
		if (round >= maxRounds) {
			throw new SuggestionException("suggestions.error.noMoreRounds", maxRounds);
		}
		round++;
		assignments.replaceAll(a -> a.stands() && a.role().answers() ? a.withDue(reanswerDue) : a);
		answerDue = reanswerDue;
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
		if (!state.isHandling()) {
			throw SuggestionException.illegalMove(state, "chase");
		}
		log(TimelineKind.CHASED, on, null, null);
	}

	// Reads

	public List<Answer> latestAnswers() {
		return answers.stream().filter(a -> a.round() == round).toList();
	}

	public Optional<Feedback> latestFeedback() {
		return feedback.stream().max(Comparator.comparingInt(Feedback::round));
	}

	public List<Assignment> standingAssignments() {
		return assignments.stream().filter(Assignment::stands).toList();
	}

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
		if (a.status() == AssignmentStatus.RETURNED) {
			return Assignment.Progress.RETURNED;
		}
		if (a.status() == AssignmentStatus.RETURN_REQUESTED) {
			return Assignment.Progress.RETURN_REQUESTED;
		}
		if (a.role().answers()) {
			boolean thisRound = answers.stream().anyMatch(x -> x.organizationId() == a.organizationId() && x.round() == round);
			boolean ever = answers.stream().anyMatch(x -> x.organizationId() == a.organizationId());
			return thisRound || (ever && !state.isHandling()) ? Assignment.Progress.ANSWERED : Assignment.Progress.HANDLING;
		}
		if (coViews.stream().anyMatch(v -> v.organizationId() == a.organizationId())) {
			return Assignment.Progress.VIEW_SENT;
		}
		return state.isHandling() ? Assignment.Progress.HANDLING : Assignment.Progress.NO_VIEW;
	}

	/** The lead deputy and every co-signer. */
	public List<PersonId> deputies() {
		List<PersonId> all = new ArrayList<>();
		all.add(leadDeputy());
		all.addAll(coSigners());
		return all;
	}
}
