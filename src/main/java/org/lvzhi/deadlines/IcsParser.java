package org.lvzhi.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an official holiday schedule published as iCalendar, in the form of the chinese-days
 * {@code holidays.ics}: one all-day event per holiday or make-up working day, its SUMMARY ending in
 * {@code (休)} for days off or {@code (班)} for working days, a DTSTART and an exclusive DTEND.
 * Anything else is refused with the number of the offending line, so that nothing half-read is saved.
 */
final class IcsParser {

	static final int MAX_EVENT_DAYS = 62;
	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;

	private static final Pattern SUMMARY = Pattern.compile("^(.+?)\\s*[(（]\\s*(休|班)\\s*[)）]$");
	private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

	private IcsParser() {
	}

	/** @throws DeadlineException naming the line when the file is not such a schedule */
	static Schedule parse(String text) {
		List<IcsLine> lines = IcsLine.read(text);
		if (lines.isEmpty() || !lines.getFirst().is("BEGIN", "VCALENDAR")) {
			throw new DeadlineException("deadlines.ics.error.notCalendar", lines.isEmpty() ? 1 : lines.getFirst().number());
		}
		Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
		Event event = null;
		int depth = 0;
		boolean ended = false;
		for (IcsLine line : lines) {
			if (ended) {
				throw new DeadlineException("deadlines.ics.error.syntax", line.number());
			}
			if (line.name().equals("BEGIN")) {
				depth++;
				if (line.is("BEGIN", "VEVENT")) {
					if (event != null) {
						throw new DeadlineException("deadlines.ics.error.syntax", line.number());
					}
					event = new Event(line.number(), depth);
				}
			}
			else if (line.name().equals("END")) {
				if (event != null && depth == event.depth) {
					event.addTo(days);
					event = null;
				}
				depth--;
				ended = depth == 0;
			}
			else if (event != null && depth == event.depth) {
				event.take(line);
			}
		}
		if (!ended || event != null) {
			throw new DeadlineException("deadlines.ics.error.incomplete", lines.getLast().number());
		}
		if (days.isEmpty()) {
			throw new DeadlineException("deadlines.ics.error.empty");
		}
		return Schedule.of(days.values());
	}

	/** The properties of one VEVENT as they are read. */
	private static final class Event {

		final int begin;
		final int depth;
		IcsLine start;
		IcsLine end;
		IcsLine summary;

		Event(int begin, int depth) {
			this.begin = begin;
			this.depth = depth;
		}

		void take(IcsLine line) {
			switch (line.name()) {
				case "DTSTART" -> start = line;
				case "DTEND" -> end = line;
				case "SUMMARY" -> summary = line;
				default -> {
					// Other properties (UID, DESCRIPTION, vendor extensions) carry nothing we count.
				}
			}
		}

		void addTo(Map<LocalDate, CalendarDay> days) {
			if (start == null) {
				throw new DeadlineException("deadlines.ics.error.noStart", begin);
			}
			if (summary == null) {
				throw new DeadlineException("deadlines.ics.error.noSummary", begin);
			}
			Matcher m = SUMMARY.matcher(summary.text());
			if (!m.matches()) {
				throw new DeadlineException("deadlines.ics.error.summary", summary.number(), summary.text());
			}
			String name = m.group(1).trim();
			DayKind kind = m.group(2).equals("休") ? DayKind.DAY_OFF : DayKind.WORKING_DAY;
			LocalDate first = date(start);
			LocalDate last = end == null ? first : date(end).minusDays(1);
			if (last.isBefore(first)) {
				throw new DeadlineException("deadlines.ics.error.endBeforeStart", end.number());
			}
			if (first.plusDays(MAX_EVENT_DAYS).isBefore(last)) {
				throw new DeadlineException("deadlines.ics.error.tooLong", end.number(), MAX_EVENT_DAYS);
			}
			for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
				if (kind == DayKind.WORKING_DAY && !CalendarDay.weekend(d)) {
					throw new DeadlineException("deadlines.ics.error.notWeekend", start.number(), d.toString());
				}
				CalendarDay day = CalendarDay.of(d, kind, name, HolidayNames.english(name));
				CalendarDay earlier = days.putIfAbsent(d, day);
				if (earlier != null && earlier.kind() != kind) {
					throw new DeadlineException("deadlines.ics.error.conflict", start.number(), d.toString());
				}
			}
		}

		private static LocalDate date(IcsLine line) {
			String value = line.value().trim();
			String digits = value.length() >= 8 ? value.substring(0, 8) : value;
			boolean dateOnly = line.params().contains("VALUE=DATE") && !line.params().contains("VALUE=DATE-TIME");
			boolean shapeOk = value.length() == 8 || !dateOnly && value.length() > 8 && value.charAt(8) == 'T';
			try {
				LocalDate date = LocalDate.parse(digits, BASIC);
				if (!shapeOk || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
					throw new DeadlineException("deadlines.ics.error.date", line.number(), value);
				}
				return date;
			}
			catch (DateTimeParseException e) {
				throw new DeadlineException("deadlines.ics.error.date", line.number(), value);
			}
		}
	}
}
