package org.lvzhi.petitions.handling;

/**
 * The petitioner's personal data. Only the petitions office reads them whole; every such reading is
 * logged. {@link #masked()} is what a list shows the office (张*, 138****1234).
 */
public record Petitioner(String name, String idNumber, String phone, String address, String representatives) {

	public static final Petitioner NONE = new Petitioner(null, null, null, null, null);

	/** The same with the name and phone masked and the ID number and address left out. */
	public Petitioner masked() {
		return new Petitioner(maskName(name), null, maskPhone(phone), null, null);
	}

	static String maskName(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String n = name.strip();
		return n.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				+ "*".repeat(Math.max(1, n.codePointCount(0, n.length()) - 1));
	}

	static String maskPhone(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String p = phone.strip();
		return p.length() < 7 ? "****" : p.substring(0, 3) + "****" + p.substring(p.length() - 4);
	}
}
