package org.lvzhi.platform;

/**
 * The contact data a member of the public gives (a petitioner, a listener at a sitting): how a phone
 * number is checked, and how a name and a phone number are masked in the lists staff read
 * (张*, 138****1234), where the whole data are shown only on a page whose every view is logged.
 */
public final class ContactData {

	/** A mobile number (1[3-9] and nine digits) or a landline with its area code (0351-1234567). */
	private static final String PHONE = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";

	private ContactData() {
	}

	/** Whether the text is a Chinese mobile or landline number, leading and trailing blanks ignored. */
	public static boolean isPhone(String text) {
		return text != null && text.strip().matches(PHONE);
	}

	/** The first character of the name and a star for each further one; {@code null} when blank. */
	public static String maskName(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String n = name.strip();
		return n.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				+ "*".repeat(Math.max(1, n.codePointCount(0, n.length()) - 1));
	}

	/** The first three and last four digits with four stars between; {@code null} when blank. */
	public static String maskPhone(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String p = phone.strip();
		return p.length() < 7 ? "****" : p.substring(0, 3) + "****" + p.substring(p.length() - 4);
	}
}
