package org.lvzhi.suggestions;

import java.time.LocalDate;

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
