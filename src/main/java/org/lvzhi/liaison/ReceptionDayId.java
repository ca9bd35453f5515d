package org.lvzhi.liaison;

/** Identifies a reception day (接待日) at a station. */
public record ReceptionDayId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
