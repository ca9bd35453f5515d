package org.lvzhi.liaison;

/** Identifies a constituent's opinion (群众意见) collected at a station or through online intake. */
public record OpinionId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
