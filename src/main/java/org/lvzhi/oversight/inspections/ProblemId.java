package org.lvzhi.oversight.inspections;

/** The ID of aProblem problem record. */
public record ProblemId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
