package org.lvzhi.directory;

/** Identifies a body (organization) of the directory. */
public record OrganizationId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
