package org.lvzhi.oversight.inspections;

/** The ID of a law-enforcement inspection record. */
public record InspectionId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
