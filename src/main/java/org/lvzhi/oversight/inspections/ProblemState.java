package org.lvzhi.oversight.inspections;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a problem found on an inspection stands. The moves allowed from each state are listed
 * here, in one place, so the state machine can be read (and tested) at a glance:
 * <pre>
 * FOUND --assign--> ASSIGNED --report--> REPORTED --verify--> CLOSED (销号)
 *                      |                    \--reject--> NOT_FIXED --report--> REPORTED
 *                      \--reinspect--> CLOSED | NOT_FIXED       NOT_FIXED --reinspect--> CLOSED | NOT_FIXED
 *                                                                NOT_FIXED --escalate--> ESCALATED
 * </pre>
 */
public enum ProblemState {
	FOUND, ASSIGNED, REPORTED, NOT_FIXED, CLOSED, ESCALATED;

	private static final Map<String, Set<ProblemState>> FROM = Map.of(
			"assign", EnumSet.of(FOUND),
			"report", EnumSet.of(ASSIGNED, NOT_FIXED),
			"verify", EnumSet.of(REPORTED),
			"reject", EnumSet.of(REPORTED),
			"reinspect", EnumSet.of(ASSIGNED, NOT_FIXED),
			"escalate", EnumSet.of(NOT_FIXED));

	/** Whether {@code action} may be taken from this state. */
	public boolean allows(String action) {
		return FROM.getOrDefault(action, Set.of()).contains(this);
	}

	/** Still waiting for the unit: rectification is due. */
	public boolean awaitsRectification() {
		return this == ASSIGNED || this == NOT_FIXED;
	}

	public boolean isOpen() {
		return this != CLOSED && this != ESCALATED;
	}

	/** States still open (not closed and not handed over to an inquiry or questioning). */
	public static final Set<ProblemState> OPEN = EnumSet.of(FOUND, ASSIGNED, REPORTED, NOT_FIXED);
}
