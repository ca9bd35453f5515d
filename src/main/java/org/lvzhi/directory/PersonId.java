package org.lvzhi.directory;

/** Identifies a person of the directory. */
public record PersonId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
