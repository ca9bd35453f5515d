package org.lvzhi.legislation;

/** Identifies a law or regulation of the library. */
public record LawId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
