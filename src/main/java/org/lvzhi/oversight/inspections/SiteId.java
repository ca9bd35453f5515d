package org.lvzhi.oversight.inspections;

/** The ID of aSite site record. */
public record SiteId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
