package org.lvzhi.deadlines;

import java.util.ArrayList;
import java.util.List;

/** Small iCalendar files for tests, with CRLF line ends as the standard asks. */
final class IcsFixture {

	private IcsFixture() {
	}

	/** A calendar around the given lines; the first given line is line 4 of the file. */
	static String calendar(String... lines) {
		List<String> all = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lvzhi//Test//CN"));
		all.addAll(List.of(lines));
		all.add("END:VCALENDAR");
		return String.join("\r\n", all) + "\r\n";
	}

	/** A schedule for 2090: New Year's Day off from Saturday 31 December 2089 to 3 January, Saturday 7 January worked. */
	static String year2090() {
		return calendar(
				"BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20900101", "DTEND;VALUE=DATE:20900104",
				"SUMMARY:元旦(休)", "END:VEVENT",
				"BEGIN:VEVENT", "UID:2", "DTSTART;VALUE=DATE:20891231", "DTEND;VALUE=DATE:20900101",
				"SUMMARY:元旦(休)", "END:VEVENT",
				"BEGIN:VEVENT", "UID:3", "DTSTART;VALUE=DATE:20900107", "SUMMARY:元旦(班)", "END:VEVENT");
	}
}
