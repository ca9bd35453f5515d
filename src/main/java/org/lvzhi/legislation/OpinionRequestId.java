package org.lvzhi.legislation;

/** Identifies a request for opinion (征求意见函) sent about a draft. */
public record OpinionRequestId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
