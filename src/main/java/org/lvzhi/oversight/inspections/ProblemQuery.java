package org.lvzhi.oversight.inspections;

/**
 * Filters of the problem list. A handling unit's list always carries its own organization, set by
 * the server from the signed-in account, never from the request.
 */
public record ProblemQuery(Long inspectionId, ProblemState state, Long unitId, boolean overdue, Integer year) {

	public static ProblemQuery all() {
		return new ProblemQuery(null, null, null, false, null);
	}

	public ProblemQuery forUnit(long unit) {
		return new ProblemQuery(inspectionId, state, unit, overdue, year);
	}

	public ProblemQuery withState(ProblemState s) {
		return new ProblemQuery(inspectionId, s, unitId, overdue, year);
	}
}
