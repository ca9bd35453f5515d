package org.lvzhi.suggestions;

/** The ID of a deputies' bill (议案). */
public record BillId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
