package org.lvzhi.liaison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An opinion's text as the search index may hold it. A station often writes the constituent into
 * the matter itself ("张三反映…，电话139…"), and the index is read by every kind of search, while
 * the constituent's name and phone are the deputies' affairs office's alone
 * ({@link ConstituentContacts}): the constituent's own name and phone are struck out wherever the
 * text repeats them, and any mobile, landline or resident ID number whoever's it is.
 */
final class OpinionText {

	static final String STRUCK = "＊";

	private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
	private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])");
	private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0[0-9]{2,3}[ -]?[0-9]{7,8}(?![0-9])");

	private OpinionText() {
	}

	/** The text without the given name and phone and without any ID or telephone number; never {@code null}. */
	static String scrubbed(String text, String name, String phone) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String s = text;
		List<String> known = new ArrayList<>();
		// A name of one character would strike that character out of every word it is in.
		if (name != null && name.strip().length() >= 2) {
			known.add(name.strip());
		}
		if (phone != null && phone.strip().length() >= 5) {
			known.add(phone.strip());
			String digits = phone.replaceAll("[^0-9]", "");
			if (digits.length() >= 5) {
				known.add(digits);
			}
		}
		known.sort(Comparator.comparingInt(String::length).reversed());
		for (String k : known) {
			s = s.replace(k, STRUCK);
		}
		s = ID_NUMBER.matcher(s).replaceAll(STRUCK);
		s = MOBILE.matcher(s).replaceAll(STRUCK);
		return LANDLINE.matcher(s).replaceAll(STRUCK).strip();
	}
}
