package org.lvzhi.legislation.library;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text of the library comes from, read from its place in a folder laid out like the
 * shared corpus: the first folder is the category (宪法相关法, 行政法, 行政法规 …); local
 * regulations lie under {@code DLC/<省>地方法规/地方性法规/<省>/} and take the province as region.
 * The date is the one in the file name, {@code 条例(2021-04-06).md}, else the last date of the
 * header block (the latest amendment).
 */
public record LawOrigin(String category, String region, LocalDate issuedOn) {

	static final String LOCAL = "地方性法规";
	private static final Pattern FILE_DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)");
	private static final Pattern HEADER_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	public static LawOrigin of(String relativePath, String header) {
		String[] parts = relativePath.replace('\\', '/').split("/");
		String category = parts.length > 1 ? parts[0] : "";
		String region = null;
		if ("DLC".equals(category) || relativePath.contains(LOCAL)) {
			category = LOCAL;
			region = parts.length > 1 ? parts[parts.length - 2] : null;
		}
		return new LawOrigin(category, region, date(parts[parts.length - 1], header));
	}

	public static LocalDate date(String fileName, String header) {
		Matcher m = FILE_DATE.matcher(fileName);
		if (m.find()) {
			try {
				return LocalDate.parse(m.group(1));
			}
			catch (DateTimeParseException e) {
				// fall through to the header
			}
		}
		LocalDate last = null;
		Matcher h = HEADER_DATE.matcher(header == null ? "" : header);
		while (h.find()) {
			try {
				LocalDate d = LocalDate.of(Integer.parseInt(h.group(1)), Integer.parseInt(h.group(2)),
						Integer.parseInt(h.group(3)));
				last = last == null || d.isAfter(last) ? d : last;
			}
			catch (RuntimeException e) {
				// not a date after all
			}
		}
		return last;
	}
}
