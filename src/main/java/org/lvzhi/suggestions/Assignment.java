package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.Collection;

import org.lvzhi.directory.OrganizationId;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A handling unit's share of a suggestion.
 *
 * @param dueDate when its answer (lead, split) or its view (co-handling) is due
 */
@Table("suggestions_assignment")
public record Assignment(long organizationId, AssignmentRole role, AssignmentStatus status, LocalDate assignedOn,
		LocalDate dueDate, String returnReason, LocalDate returnRequestedOn, LocalDate returnDecidedOn) {

	/** Where the unit's share stands, as its records say (see {@link Suggestion#progressOf}). */
	public enum Progress {
		/** 办理中: the unit still owes its answer or view. */
		HANDLING,
		/** 已答复: the unit answered the current round. */
		ANSWERED,
		/** 已提交会办意见: the co-handling unit sent its view to the lead unit. */
		VIEW_SENT,
		/** 未提交会办意见: handling ended without the co-handling unit's view. */
		NO_VIEW,
		RETURN_REQUESTED,
		RETURNED
	}

	static Assignment of(OrganizationId unit, AssignmentRole role, LocalDate on, LocalDate due) {
		return new Assignment(unit.value(), role, AssignmentStatus.ACTIVE, on, due, null, null, null);
	}

	public OrganizationId unit() {
		return new OrganizationId(organizationId);
	}

	public boolean stands() {
		return status.stands();
	}

	/** Whether the unit stands as a lead or split unit, owing an answer. */
	boolean answering() {
		return stands() && role.answers();
	}

	/**
	 * The unit asks to be relieved of this share, assigned to it by mistake: once, and only while
	 * the return window is open.
	 */
	Assignment requestReturn(String reason, ReturnWindow window, LocalDate on) {
		if (status != AssignmentStatus.ACTIVE) {
			throw new SuggestionException("suggestions.error.returnAlreadyRequested");
		}
		window.requireOpen(assignedOn, on);
		return returnRequested(SuggestionException.requireText(reason, "suggestions.error.reasonRequired"), on);
	}

	/** The office decides the unit's pending return request. */
	Assignment decideReturn(boolean approve, LocalDate on) {
		if (status != AssignmentStatus.RETURN_REQUESTED) {
			throw new SuggestionException("suggestions.error.noReturnRequest");
		}
		return returnDecided(approve, on);
	}

	/** Only a lead or split unit answers, asks for more time and reports progress. */
	Assignment requireAnswering() {
		if (!role.answers()) {
			throw new SuggestionException("suggestions.error.notAnsweringUnit");
		}
		return this;
	}

	/** The unit's record of meeting the deputy (三见面). */
	Contact contact(ContactStage stage, LocalDate contactOn, String way, String note) {
		String how = SuggestionException.requireText(way, "suggestions.error.wayRequired");
		if (stage == null || contactOn == null) {
			throw new SuggestionException("suggestions.error.contactIncomplete");
		}
		return new Contact(organizationId, stage, contactOn, how, note == null ? null : note.strip());
	}

	/** The co-handling unit's view, sent to the lead unit. */
	CoHandlingView view(String text, LocalDate on) {
		if (role != AssignmentRole.CO) {
			throw new SuggestionException("suggestions.error.notCoHandlingUnit");
		}
		return new CoHandlingView(organizationId, on, SuggestionException.requireText(text, "suggestions.error.textRequired"));
	}

	/** The unit's answer in {@code round}; whether it may answer yet is the suggestion's to say. */
	Answer answer(int round, AnswerCategory category, String text, Long letterFileId, LocalDate on) {
		if (category == null) {
			throw new SuggestionException("suggestions.error.categoryRequired");
		}
		return new Answer(organizationId, round, category,
				SuggestionException.requireText(text, "suggestions.error.textRequired"), letterFileId, on);
	}

	/** A follow-up report on a B or C answer. */
	ProgressReport progressReport(String text, LocalDate on) {
		requireAnswering();
		return new ProgressReport(organizationId, on, SuggestionException.requireText(text, "suggestions.error.textRequired"));
	}

	/** Whether the unit, co-handling, has not sent its view while its period still runs. */
	boolean awaitsView(Collection<CoHandlingView> views, LocalDate on) {
		return stands() && role == AssignmentRole.CO && !on.isAfter(dueDate)
				&& views.stream().noneMatch(v -> v.organizationId() == organizationId);
	}

	/** Whether the unit answered {@code round}. */
	boolean answered(Collection<Answer> answers, int round) {
		return answers.stream().anyMatch(x -> x.round() == round && x.organizationId() == organizationId);
	}

	/**
	 * Where the share stands by the suggestion's records: answered in {@code round} (or at all,
	 * once handling is over), or, co-handling, whether the view was sent.
	 */
	Progress progress(Collection<Answer> answers, Collection<CoHandlingView> views, int round, boolean handling) {
		if (status == AssignmentStatus.RETURNED) {
			return Progress.RETURNED;
		}
		if (status == AssignmentStatus.RETURN_REQUESTED) {
			return Progress.RETURN_REQUESTED;
		}
		if (role.answers()) {
			boolean ever = answers.stream().anyMatch(x -> x.organizationId() == organizationId);
			return answered(answers, round) || (ever && !handling) ? Progress.ANSWERED : Progress.HANDLING;
		}
		if (views.stream().anyMatch(v -> v.organizationId() == organizationId)) {
			return Progress.VIEW_SENT;
		}
		return handling ? Progress.HANDLING : Progress.NO_VIEW;
	}

	Assignment withDue(LocalDate due) {
		return new Assignment(organizationId, role, status, assignedOn, due, returnReason, returnRequestedOn,
				returnDecidedOn);
	}

	Assignment returnRequested(String reason, LocalDate on) {
		return new Assignment(organizationId, role, AssignmentStatus.RETURN_REQUESTED, assignedOn, dueDate, reason, on,
				null);
	}

	Assignment returnDecided(boolean approved, LocalDate on) {
		return new Assignment(organizationId, role, approved ? AssignmentStatus.RETURNED : AssignmentStatus.ACTIVE,
				assignedOn, dueDate, returnReason, returnRequestedOn, on);
	}
}
