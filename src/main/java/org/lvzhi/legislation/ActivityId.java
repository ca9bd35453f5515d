package org.lvzhi.legislation;

/** Identifies a symposium, hearing or research trip on legislation. */
public record ActivityId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
