package org.lvzhi.deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One content line of an iCalendar file after unfolding (RFC 5545 §3.1), with the number of the
 * physical line it starts on, so that an error can point at what the administrator sees in an editor.
 */
record IcsLine(int number, String name, String params, String value) {

	/** Splits a file into content lines, joining folded continuation lines. */
	static List<IcsLine> read(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		String[] physical = body.split("\r\n|\n|\r", -1);
		List<int[]> starts = new ArrayList<>();
		List<StringBuilder> logical = new ArrayList<>();
		for (int i = 0; i < physical.length; i++) {
			String line = physical[i];
			boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
			if (continuation) {
				if (logical.isEmpty()) {
					throw new DeadlineException("deadlines.ics.error.syntax", i + 1);
				}
				logical.getLast().append(line, 1, line.length());
			}
			else if (!line.isBlank()) {
				starts.add(new int[] { i + 1 });
				logical.add(new StringBuilder(line));
			}
		}
		List<IcsLine> lines = new ArrayList<>(logical.size());
		for (int i = 0; i < logical.size(); i++) {
			lines.add(parse(starts.get(i)[0], logical.get(i).toString()));
		}
		return lines;
	}

	private static IcsLine parse(int number, String line) {
		int colon = line.indexOf(':');
		if (colon <= 0) {
			throw new DeadlineException("deadlines.ics.error.syntax", number);
		}
		String head = line.substring(0, colon);
		int semicolon = head.indexOf(';');
		String name = (semicolon < 0 ? head : head.substring(0, semicolon)).trim().toUpperCase(Locale.ROOT);
		String params = semicolon < 0 ? "" : head.substring(semicolon + 1).toUpperCase(Locale.ROOT);
		return new IcsLine(number, name, params, line.substring(colon + 1));
	}

	boolean is(String property, String value) {
		return name.equals(property) && this.value.trim().equalsIgnoreCase(value);
	}

	/** The value with iCalendar text escapes undone (RFC 5545 §3.3.11). */
	String text() {
		return value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
			.replace("\\\\", "\\").trim();
	}
}
