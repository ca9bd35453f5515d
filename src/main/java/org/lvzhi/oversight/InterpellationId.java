package org.lvzhi.oversight;

/** The ID of an interpellation (质询案) of the oversight module. */
public record InterpellationId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
