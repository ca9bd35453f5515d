package org.lvzhi.liaison;

/** Identifies a liaison station, 代表之家 or 联系点. */
public record StationId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
