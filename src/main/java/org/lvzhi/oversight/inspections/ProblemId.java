package org.lvzhi.oversight.inspections;

import org.springframework.modulith.NamedInterface;

/** The ID of a problem record. */
@NamedInterface("inspections")
public record ProblemId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
