package org.lvzhi.petitions.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A petition's matter as the index may hold it: the petitioner's own name, phone, ID number,
 * address and representatives struck out wherever the text repeats them, and any resident ID
 * number, mobile or landline number struck out whoever's it is. A petitioner often writes "本人张三，
 * 电话 138…" into the matter itself; the index is read by searches of every kind, so it gets none.
 */
public final class MatterText {

	static final String STRUCK = "＊";

	private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
	private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])");
	private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0[0-9]{2,3}-?[0-9]{7,8}(?![0-9])");

	private MatterText() {
	}

	/** The text with the given personal data and every ID or telephone number struck out. */
	public static String scrubbed(String text, List<String> personal) {
		if (text == null) {
			return "";
		}
		String s = text;
		List<String> known = new ArrayList<>();
		for (String p : personal) {
			if (p == null) {
				continue;
			}
			// Representatives are listed as 张三、李四: each name on its own.
			for (String part : p.split("[、,，;；\\s]+")) {
				if (part.strip().length() >= 2) {
					known.add(part.strip());
				}
			}
		}
		known.sort(Comparator.comparingInt(String::length).reversed());
		for (String k : known) {
			s = s.replace(k, STRUCK);
		}
		s = ID_NUMBER.matcher(s).replaceAll(STRUCK);
		s = MOBILE.matcher(s).replaceAll(STRUCK);
		return LANDLINE.matcher(s).replaceAll(STRUCK);
	}
}
