package org.lvzhi.legislation;

/** Identifies a legislative project: a local regulation being made or amended. */
public record ProjectId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
