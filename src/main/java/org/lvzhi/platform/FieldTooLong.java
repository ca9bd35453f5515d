package org.lvzhi.platform;

/**
 * A text longer than its field holds. The message gives the limit, the length typed and the
 * text's beginning, so that the user sees which field to shorten.
 */
public class FieldTooLong extends DomainException {

	public static final String KEY = "platform.error.tooLong";

	public FieldTooLong(int max, String value) {
		super(KEY, max, value.length(), beginning(value));
	}

	private static String beginning(String value) {
		String start = value.strip();
		return start.codePointCount(0, start.length()) <= 12 ? start
				: start.substring(0, start.offsetByCodePoints(0, 12)) + "…";
	}
}
