package org.lvzhi.legislation;

/** Identifies a draft version: the text of one reading of a legislative project. */
public record DraftId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
