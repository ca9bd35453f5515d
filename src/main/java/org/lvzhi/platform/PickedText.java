package org.lvzhi.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a picker field holds (templates/picker.html): entries separated by 、 commas, semicolons or
 * line ends, each a name, {@code 姓名 #编号} (names repeat among thousands of deputies) or a bare
 * number. The modules resolve the entries against their own records; the text rules are here so
 * that every picker reads a field the same way.
 */
public final class PickedText {

	private static final Pattern WITH_ID = Pattern.compile("^(.*?)\\s*[#＃](\\d{1,18})$");
	private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\n]+");

	private PickedText() {
	}

	/** The entries of a field, stripped, blanks dropped. */
	public static List<String> entries(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(SEPARATORS.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The name being typed (the last entry without its number), or empty after a separator. */
	public static String typing(String typed) {
		if (typed == null || typed.isBlank()) {
			return "";
		}
		String t = typed.strip();
		if (SEPARATORS.matcher(t.substring(t.length() - 1)).matches()) {
			return "";
		}
		List<String> entries = entries(t);
		String term = entries.isEmpty() ? "" : entries.get(entries.size() - 1);
		Matcher m = WITH_ID.matcher(term);
		return (m.matches() ? m.group(1) : term).strip();
	}

	/** The field's value once a choice is taken: the choice replaces the entry being typed. */
	public static String withChoice(String typed, String chosen, boolean multiple) {
		if (!multiple) {
			return chosen;
		}
		List<String> entries = new ArrayList<>(entries(typed));
		String t = typed == null ? "" : typed.strip();
		if (!entries.isEmpty() && !SEPARATORS.matcher(t.substring(t.length() - 1)).matches()) {
			entries.remove(entries.size() - 1);
		}
		entries.remove(chosen);
		entries.add(chosen);
		return String.join("、", entries) + "、";
	}

	/** The number in {@code 姓名 #123}, {@code #123} or {@code 123}, or {@code null}. */
	public static Long number(String entry) {
		Matcher m = WITH_ID.matcher(entry);
		String digits = m.matches() ? m.group(2) : entry.matches("\\d{1,18}") ? entry : null;
		return digits == null ? null : Long.valueOf(digits);
	}

	/** The name written before the number ({@code 姓名} of {@code 姓名 #123}), or {@code null} when none is. */
	public static String nameBeforeNumber(String entry) {
		Matcher m = WITH_ID.matcher(entry);
		return m.matches() && !m.group(1).isBlank() ? m.group(1).strip() : null;
	}

	/** How a chosen person is written into a field. */
	public static String person(String name, long number) {
		return name + " #" + number;
	}
}
