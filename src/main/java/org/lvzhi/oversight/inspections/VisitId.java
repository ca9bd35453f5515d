package org.lvzhi.oversight.inspections;

/** The ID of aVisit visit record. */
public record VisitId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
