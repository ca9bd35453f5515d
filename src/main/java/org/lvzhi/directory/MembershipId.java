package org.lvzhi.directory;

/** Identifies one membership of a person in a body. */
public record MembershipId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
