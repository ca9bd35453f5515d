package org.lvzhi.legislation;

/** Identifies a member of the legislative consultation pool. */
public record PoolMemberId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
