package org.lvzhi.oversight;

/** The ID of a special inquiry (专题询问) of the oversight module. */
public record InquiryId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
