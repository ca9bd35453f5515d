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
		if (approve && assignments.stream().noneMatch(a -> a.stands() && a.role().answers())) {
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
			answerDue = extendedDue;
			assignments.replaceAll(a -> a.stands() && a.role().answers() ? a.withDue(extendedDue) : a);
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
		List<ContactStage> logged = contacts.stream().filter(c -> c.organizationId() == unit.value())
			.map(Contact::stage).toList();
		List<OrganizationId> awaited = assignments.stream().filter(a -> a.awaitsView(coViews, on))
			.map(Assignment::unit).toList();
		return new AnswerReadiness(AnswerReadiness.missing(requiredContacts, logged), awaited);
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
		boolean complete = assignments.stream().filter(a -> a.stands() && a.role().answers())
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

	final Assignment standing(OrganizationId unit) {
		return assignments.stream().filter(a -> a.stands() && a.organizationId() == unit.value()).findFirst()
			.orElseThrow(() -> new SuggestionException("suggestions.error.notAssignedToUnit"));
	}

	private void replace(Assignment old, Assignment updated) {
		assignments.set(assignments.indexOf(old), updated);
	}

	private void requireHandling(String action) {
		if (!state.isHandling()) {
			throw SuggestionException.illegalMove(state, action);
		}
	}
}
