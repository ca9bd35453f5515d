package org.lvzhi.oversight;

/** The ID of a normative document filed for review (备案审查) of the oversight module. */
public record FilingId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
