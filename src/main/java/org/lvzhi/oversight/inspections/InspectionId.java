package org.lvzhi.oversight.inspections;

import org.springframework.modulith.NamedInterface;

/** The ID of a law-enforcement inspection record. */
@NamedInterface("inspections")
public record InspectionId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
