package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.LongFunction;

import org.lvzhi.directory.OrganizationId;

/**
 * The handling units' moves on a {@link Suggestion} and the office's decisions on their requests.
 * A unit acts only on its own standing assignment.
 */
public abstract class SuggestionHandling extends SuggestionData {

	SuggestionHandling() {
	}

	/** A unit asks to be relieved of a wrong assignment; {@code inTime} says the window is still open. */
	void requestReturn(OrganizationId unit, String reason, boolean inTime, LocalDate on) {
		require("requestReturn", SuggestionState.ASSIGNED);
		Assignment assignment = standing(unit);
		if (assignment.status() != AssignmentStatus.ACTIVE) {
			throw new SuggestionException("suggestions.error.returnAlreadyRequested");
		}
		if (!inTime) {
			throw new SuggestionException("suggestions.error.returnTooLate");
		}
		requireText(reason, "suggestions.error.reasonRequired");
		replace(assignment, assignment.returnRequested(reason.strip(), on));
		log(TimelineKind.RETURN_REQUESTED, on, unit.value(), reason.strip());
	}

	/**
	 * The office approves or refuses a return. When no answering unit is left, the suggestion goes
	 * back to be assigned anew and its co-handling units are released with it.
	 */
	void decideReturn(OrganizationId unit, boolean approve, LocalDate on) {
		require("decideReturn", SuggestionState.ASSIGNED);
		Assignment assignment = standing(unit);
		if (assignment.status() != AssignmentStatus.RETURN_REQUESTED) {
			throw new SuggestionException("suggestions.error.noReturnRequest");
		}
		replace(assignment, assignment.returnDecided(approve, on));
		log(approve ? TimelineKind.RETURN_APPROVED : TimelineKind.RETURN_REFUSED, on, unit.value(), null);
		if (approve && assignments.stream().noneMatch(a -> a.stands() && a.role().answers())) {
			assignments.replaceAll(a -> a.stands() ? a.returnDecided(true, on) : a);
			answerDue = null;
			state = SuggestionState.ACCEPTED;
		}
	}

	void requestExtension(OrganizationId unit, String reason, LocalDate on) {
		require("requestExtension", SuggestionState.ASSIGNED);
		if (!standing(unit).role().answers()) {
			throw new SuggestionException("suggestions.error.notAnsweringUnit");
		}
		if (extensionState != null) {
			throw new SuggestionException("suggestions.error.extensionAlreadyRequested");
		}
		requireText(reason, "suggestions.error.reasonRequired");
		extensionState = ExtensionState.REQUESTED;
		extensionReason = reason.strip();
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
			answerDue = extendedDue;
			assignments.replaceAll(a -> a.stands() && a.role().answers() ? a.withDue(extendedDue) : a);
		}
		log(approve ? TimelineKind.EXTENSION_APPROVED : TimelineKind.EXTENSION_REFUSED, on, null, null);
	}

	void recordContact(OrganizationId unit, ContactStage stage, LocalDate contactOn, String way, String note) {
		if (!state.isHandling()) {
			throw SuggestionException.illegalMove(state, "recordContact");
		}
		standing(unit);
		requireText(way, "suggestions.error.wayRequired");
		if (stage == null || contactOn == null) {
			throw new SuggestionException("suggestions.error.contactIncomplete");
		}
		contacts.add(new Contact(unit.value(), stage, contactOn, way.strip(), note == null ? null : note.strip()));
		log(TimelineKind.CONTACT, contactOn, unit.value(), null);
	}

	void sendView(OrganizationId unit, String text, LocalDate on) {
		if (!state.isHandling()) {
			throw SuggestionException.illegalMove(state, "sendView");
		}
		if (standing(unit).role() != AssignmentRole.CO) {
			throw new SuggestionException("suggestions.error.notCoHandlingUnit");
		}
		requireText(text, "suggestions.error.textRequired");
		coViews.add(new CoHandlingView(unit.value(), on, text.strip()));
		log(TimelineKind.CO_VIEW, on, unit.value(), null);
	}

	/**
	 * What {@code unit} still owes before it may answer on {@code on}: the required contact stages it
	 * has not logged (in any round: a re-handling builds on the contacts already made), and the
	 * co-handling units that have sent no view while their period runs. A view period that has
	 * passed no longer holds the answer up.
	 */
	public AnswerReadiness readiness(OrganizationId unit, Collection<ContactStage> requiredContacts, LocalDate on) {
		List<ContactStage> missing = requiredContacts.stream().distinct().sorted()
			.filter(stage -> contacts.stream().noneMatch(c -> c.organizationId() == unit.value() && c.stage() == stage))
			.toList();
		List<OrganizationId> awaited = assignments.stream()
			.filter(a -> a.stands() && a.role() == AssignmentRole.CO && !on.isAfter(a.dueDate()))
			.filter(a -> coViews.stream().noneMatch(v -> v.organizationId() == a.organizationId()))
			.map(Assignment::unit).toList();
		return new AnswerReadiness(missing, awaited);
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
		if (!state.isHandling()) {
			throw SuggestionException.illegalMove(state, "answer");
		}
		if (!standing(unit).role().answers()) {
			throw new SuggestionException("suggestions.error.notAnsweringUnit");
		}
		if (answers.stream().anyMatch(a -> a.round() == round && a.organizationId() == unit.value())) {
			throw new SuggestionException("suggestions.error.alreadyAnswered");
		}
		AnswerReadiness readiness = readiness(unit, requiredContacts, on);
		if (!readiness.ready()) {
			throw readiness.refusal(unitName);
		}
		if (category == null) {
			throw new SuggestionException("suggestions.error.categoryRequired");
		}
		requireText(text, "suggestions.error.textRequired");
		answers.add(new Answer(unit.value(), round, category, text.strip(), letterFileId, on));
		log(TimelineKind.ANSWERED, on, unit.value(), category.name());
		boolean complete = assignments.stream().filter(a -> a.stands() && a.role().answers())
			.allMatch(a -> answers.stream().anyMatch(x -> x.round() == round && x.organizationId() == a.organizationId()));
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
		if (!standing(unit).role().answers()) {
			throw new SuggestionException("suggestions.error.notAnsweringUnit");
		}
		requireText(text, "suggestions.error.textRequired");
		progress.add(new ProgressReport(unit.value(), on, text.strip()));
		log(TimelineKind.PROGRESS, on, unit.value(), null);
	}

	final Assignment standing(OrganizationId unit) {
		return assignments.stream().filter(a -> a.stands() && a.organizationId() == unit.value()).findFirst()
			.orElseThrow(() -> new SuggestionException("suggestions.error.notAssignedToUnit"));
	}

	private void replace(Assignment old, Assignment updated) {
		assignments.set(assignments.indexOf(old), updated);
	}

	private static void requireText(String text, String key) {
		if (text == null || text.isBlank()) {
			throw new SuggestionException(key);
		}
	}
}
