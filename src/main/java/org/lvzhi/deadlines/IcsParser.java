package org.lvzhi.deadlines;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.RRule;

/**
 * Reads an official holiday schedule published as iCalendar (RFC 5545) with ical4j, in the form of
 * the chinese-days {@code holidays.ics}: one event per holiday or make-up working day, its SUMMARY
 * ending in {@code (休)} for days off or {@code (班)} for working days. An event starts on a date or
 * at a time (UTC, with a TZID, or floating) and ends with DTEND or lasts a DURATION; times count on
 * their date in the committee's zone, and an event covers every day it touches (a start date with
 * {@code DURATION:P3D} is three days). An RRULE with a COUNT or UNTIL repeats the event. Anything
 * that cannot be read is refused naming the line of the event (or of the syntax error), so that
 * nothing half-read is saved.
 */
final class IcsParser {

	static final int MAX_EVENT_DAYS = 62;
	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;

	private static final Pattern SUMMARY = Pattern.compile("^(.+?)\\s*[(（]\\s*(休|班)\\s*[)）]$");
	private static final Pattern BEGIN_EVENT = Pattern.compile("(?i)BEGIN:VEVENT\\s*");
	private static final Pattern CALENDAR_START = Pattern.compile("(?i)BEGIN:VCALENDAR\\s*");

	private IcsParser() {
	}

	/**
	 * @param zone the committee's zone, in which times are put on their dates
	 * @throws DeadlineException naming the line when the file is not such a schedule
	 */
	static Schedule parse(String text, ZoneId zone) {
		String[] lines = text.split("\r?\n|\r", -1);
		int first = 0;
		while (first < lines.length - 1 && lines[first].isBlank()) {
			first++;
		}
		if (lines[first].indexOf(':') < 0) {
			throw new DeadlineException("deadlines.ics.error.syntax", first + 1);
		}
		if (!CALENDAR_START.matcher(lines[first]).matches()) {
			throw new DeadlineException("deadlines.ics.error.notCalendar", first + 1);
		}
		Calendar calendar;
		try {
			calendar = builder().build(new StringReader(text));
		}
		catch (ParserException e) {
			if (e.getMessage() != null && e.getMessage().contains("end of file")) {
				throw new DeadlineException("deadlines.ics.error.incomplete", lastLine(lines));
			}
			if (e.getCause() instanceof java.time.DateTimeException) {
				throw new DeadlineException("deadlines.ics.error.unreadable", e.getLineNo(), e.getCause().getMessage());
			}
			throw new DeadlineException("deadlines.ics.error.syntax", e.getLineNo());
		}
		catch (IOException | RuntimeException e) {
			// ical4j refuses some values only when it makes the property: an unknown TZID, say
			throw new DeadlineException("deadlines.ics.error.unreadable", 1, e.getMessage());
		}
		List<Integer> eventLines = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			if (BEGIN_EVENT.matcher(lines[i]).matches()) {
				eventLines.add(i + 1);
			}
		}
		Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		for (int i = 0; i < events.size(); i++) {
			int line = i < eventLines.size() ? eventLines.get(i) : 1;
			try {
				new Event(events.get(i), line, zone).addTo(days);
			}
			catch (java.time.DateTimeException e) {
				// ical4j reads a TZID when the date is asked for: an unknown zone fails only here
				throw new DeadlineException("deadlines.ics.error.unreadable", line, e.getMessage());
			}
		}
		if (days.isEmpty()) {
			throw new DeadlineException("deadlines.ics.error.empty");
		}
		return Schedule.of(days.values());
	}

	/**
	 * A strict builder that skips the properties a schedule does not need and publishers often write
	 * loosely (chinese-days writes DTSTAMP without the Z that RFC 5545 requires).
	 */
	private static CalendarBuilder builder() {
		return new CalendarBuilder(CalendarParserFactory.getInstance().get(),
				new ContentHandlerContext().withIgnoredPropertyNames(List.of("DTSTAMP", "CREATED", "LAST-MODIFIED")),
				TimeZoneRegistryFactory.getInstance().createRegistry());
	}

	private static int lastLine(String[] lines) {
		int last = lines.length;
		while (last > 1 && lines[last - 1].isBlank()) {
			last--;
		}
		return last;
	}

	/** One VEVENT, read into the days it covers. */
	private record Event(VEvent event, int line, ZoneId zone) {

		void addTo(Map<LocalDate, CalendarDay> days) {
			Optional<DtStart<Temporal>> start = event.getProperty(Property.DTSTART);
			Temporal begin = start.map(DtStart::getDate)
				.orElseThrow(() -> new DeadlineException("deadlines.ics.error.noStart", line));
			String summaryText = event.getProperty(Property.SUMMARY).map(Property::getValue).map(String::trim)
				.orElseThrow(() -> new DeadlineException("deadlines.ics.error.noSummary", line));
			Matcher m = SUMMARY.matcher(summaryText);
			if (!m.matches()) {
				throw new DeadlineException("deadlines.ics.error.summary", line, summaryText);
			}
			String name = m.group(1).trim();
			DayKind kind = m.group(2).equals("休") ? DayKind.DAY_OFF : DayKind.WORKING_DAY;
			if (event.getProperty(Property.RDATE).isPresent() || event.getProperty(Property.EXDATE).isPresent()) {
				throw new DeadlineException("deadlines.ics.error.unsupported", line, summaryText, "RDATE/EXDATE");
			}
			Optional<DtEnd<Temporal>> end = event.getProperty(Property.DTEND);
			Optional<Duration> duration = event.getProperty(Property.DURATION);
			for (Temporal occurrence : occurrences(begin, summaryText)) {
				Temporal finish = end.map(DtEnd::getDate).map(e -> shifted(e, begin, occurrence)).orElse(null);
				if (finish == null && duration.isPresent()) {
					finish = plus(occurrence, duration.get().getDuration(), summaryText);
				}
				add(days, occurrence, finish, name, kind, summaryText);
			}
		}

		/** The start of every occurrence: the start itself, or as many as a bounded RRULE gives. */
		private List<Temporal> occurrences(Temporal begin, String summary) {
			Optional<RRule<Temporal>> rule = event.getProperty(Property.RRULE);
			if (rule.isEmpty()) {
				return List.of(begin);
			}
			Recur<Temporal> recur = rule.get().getRecur();
			if (recur.getCount() < 1 && recur.getUntil() == null) {
				throw new DeadlineException("deadlines.ics.error.openRule", line, summary);
			}
			try {
				List<Temporal> dates = recur.getDates(begin, begin, begin.plus(2 * 366, ChronoUnit.DAYS));
				if (dates.size() > MAX_EVENT_DAYS) {
					throw new DeadlineException("deadlines.ics.error.tooLong", line, MAX_EVENT_DAYS);
				}
				return dates;
			}
			catch (RuntimeException e) {
				if (e instanceof DeadlineException d) {
					throw d;
				}
				throw new DeadlineException("deadlines.ics.error.unsupported", line, summary, "RRULE");
			}
		}

		/** The end of a repeated occurrence: as far from it as the end is from the first start. */
		private static Temporal shifted(Temporal end, Temporal begin, Temporal occurrence) {
			if (occurrence.equals(begin)) {
				return end;
			}
			long seconds = begin instanceof LocalDate b ? ChronoUnit.DAYS.between(b, (LocalDate) end) * 86_400
					: ChronoUnit.SECONDS.between(begin, end);
			return occurrence instanceof LocalDate o ? o.plusDays(seconds / 86_400) : occurrence.plus(seconds, ChronoUnit.SECONDS);
		}

		private Temporal plus(Temporal start, TemporalAmount amount, String summary) {
			try {
				return start.plus(amount);
			}
			catch (RuntimeException e) {
				// a DURATION of hours on a date, which RFC 5545 does not allow
				throw new DeadlineException("deadlines.ics.error.unsupported", line, summary, "DURATION");
			}
		}

		private void add(Map<LocalDate, CalendarDay> days, Temporal start, Temporal end, String name, DayKind kind,
				String summary) {
			LocalDate first = day(start);
			LocalDate last;
			if (end == null) {
				last = first;
			}
			else if (start instanceof LocalDate) {
				// an all-day event ends the day before its DTEND
				last = day(end).minusDays(1);
			}
			else {
				// a timed event covers the day of its last moment
				LocalDateTime endLocal = local(end);
				last = endLocal.equals(local(start)) ? first : endLocal.minusNanos(1).toLocalDate();
			}
			if (last.isBefore(first)) {
				throw new DeadlineException("deadlines.ics.error.endBeforeStart", line);
			}
			if (first.plusDays(MAX_EVENT_DAYS).isBefore(last)) {
				throw new DeadlineException("deadlines.ics.error.tooLong", line, MAX_EVENT_DAYS);
			}
			if (first.getYear() < FIRST_YEAR || last.getYear() > LAST_YEAR) {
				throw new DeadlineException("deadlines.ics.error.date", line, first.toString());
			}
			for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
				if (kind == DayKind.WORKING_DAY && !CalendarDay.weekend(d)) {
					throw new DeadlineException("deadlines.ics.error.notWeekend", line, d.toString());
				}
				CalendarDay day = CalendarDay.of(d, kind, name, HolidayNames.english(name));
				CalendarDay earlier = days.putIfAbsent(d, day);
				if (earlier != null && earlier.kind() != kind) {
					throw new DeadlineException("deadlines.ics.error.conflict", line, d.toString());
				}
			}
		}

		private LocalDate day(Temporal t) {
			return t instanceof LocalDate d ? d : local(t).toLocalDate();
		}

		/** A time on the committee's clock: UTC and zoned times converted, floating times as they are. */
		private LocalDateTime local(Temporal t) {
			return switch (t) {
				case LocalDate d -> d.atStartOfDay();
				case LocalDateTime l -> l;
				case OffsetDateTime o -> o.atZoneSameInstant(zone).toLocalDateTime();
				case ZonedDateTime z -> z.withZoneSameInstant(zone).toLocalDateTime();
				case Instant i -> LocalDateTime.ofInstant(i, zone);
				default -> throw new DeadlineException("deadlines.ics.error.unsupported", line, String.valueOf(t), "DTSTART");
			};
		}
	}
}
