package org.lvzhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

class IcsParserTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static String bundledIcs() throws IOException {
		return new ClassPathResource("deadlines/holidays.ics").getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theChineseDaysIcsHoldsTheSameDaysAsTheBundledJsonFor2024To2026() throws IOException {
		Schedule ics = IcsParser.parse(bundledIcs(), ZONE);
		Schedule json = BundledCalendar.read(JsonMapper.builder().build());

		assertThat(ics.years().keySet()).containsExactly(2024, 2025, 2026);
		for (int year = 2024; year <= 2026; year++) {
			assertThat(ics.count(year)).as("year %d", year).isEqualTo(json.count(year));
			assertThat(ics.years().get(year)).extracting(CalendarDay::date, CalendarDay::kind)
				.containsExactlyElementsOf(json.years().get(year).stream()
					.map(day -> org.assertj.core.groups.Tuple.tuple(day.date(), day.kind()))
					.toList());
		}
		assertThat(ics.count(2025)).isEqualTo(new YearCount(2025, 28, 5, 248));
	}

	@Test
	void namesAreTakenFromTheSummaryInBothLanguages() throws IOException {
		CalendarDay springFestival = IcsParser.parse(bundledIcs(), ZONE).years().get(2024).stream()
			.filter(day -> day.date().equals(LocalDate.of(2024, 2, 10)))
			.findFirst()
			.orElseThrow();

		assertThat(springFestival.kind()).isEqualTo(DayKind.DAY_OFF);
		assertThat(springFestival.nameZh()).isEqualTo("春节");
		assertThat(springFestival.nameEn()).isEqualTo("Spring Festival");
	}

	@Test
	void foldedLinesAreUnfoldedAndDateTimesAccepted() {
		Schedule schedule = parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "DTSTART:20900101T000000", "DTEND:20900102T000000", "SUMMARY:元", " 旦(休)", "END:VEVENT"));

		assertThat(schedule.years().get(2090)).singleElement()
			.satisfies(day -> assertThat(day.nameZh()).isEqualTo("元旦"));
	}

	@Test
	void aSummaryWithoutRestOrWorkIsRefusedNamingItsLine() {
		assertThatThrownBy(() -> parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20900101", "SUMMARY:元旦", "END:VEVENT")))
			.isInstanceOfSatisfying(DeadlineException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.summary");
				// the event begins on line 4 of the file
				assertThat(e.args()).startsWith(4);
			});
	}

	@Test
	void aMakeUpWorkingDayOnAWeekdayIsRefused() {
		// 2090-01-02 is a Monday.
		assertThatThrownBy(() -> parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20900102", "SUMMARY:元旦(班)", "END:VEVENT")))
			.isInstanceOfSatisfying(DeadlineException.class,
					e -> assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.notWeekend"));
	}

	@Test
	void aBrokenDateOrATruncatedFileIsRefused() {
		assertThatThrownBy(() -> parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "DTSTART;VALUE=DATE:2090-01-01", "SUMMARY:元旦(休)", "END:VEVENT")))
			.isInstanceOfSatisfying(DeadlineException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.unreadable");
				assertThat(e.args()).startsWith(5);
			});
		assertThatThrownBy(() -> IcsParser.parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20900101\n", ZONE))
			.isInstanceOfSatisfying(DeadlineException.class,
					e -> assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.incomplete"));
		assertThatThrownBy(() -> IcsParser.parse("hello", ZONE))
			.isInstanceOfSatisfying(DeadlineException.class,
					e -> assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.syntax"));
	}

	private static Schedule parse(String text) {
		return IcsParser.parse(text, ZONE);
	}

	private static List<LocalDate> days(Schedule schedule) {
		return schedule.years().values().stream().flatMap(List::stream).map(CalendarDay::date).sorted().toList();
	}

	@Test
	void aStartDateWithADurationOfThreeDaysIsThreeDaysOff() {
		Schedule schedule = parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "UID:a", "DTSTAMP:20890101T000000Z", "DTSTART;VALUE=DATE:20900101", "DURATION:P3D",
				"SUMMARY:元旦(休)", "END:VEVENT"));

		assertThat(days(schedule)).containsExactly(LocalDate.of(2090, 1, 1), LocalDate.of(2090, 1, 2), LocalDate.of(2090, 1, 3));
	}

	@Test
	void aTimeInUtcLateInTheDayLandsOnTheCommitteesDate() {
		// 16:00 UTC on 31 December is midnight of 1 January in Beijing; the event lasts one day
		Schedule schedule = parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "UID:a", "DTSTART:20891231T160000Z", "DTEND:20900101T160000Z", "SUMMARY:元旦(休)",
				"END:VEVENT",
				"BEGIN:VEVENT", "UID:b", "DTSTART;TZID=Asia/Shanghai:20900107T090000", "DURATION:PT8H",
				"SUMMARY:元旦(班)", "END:VEVENT"));

		assertThat(days(schedule)).containsExactly(LocalDate.of(2090, 1, 1), LocalDate.of(2090, 1, 7));
	}

	@Test
	void aRepeatingEventWithACountGivesEachOfItsDaysAndAnOpenOneIsRefused() {
		Schedule schedule = parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "UID:a", "DTSTART;VALUE=DATE:20900101", "RRULE:FREQ=DAILY;COUNT=2", "SUMMARY:元旦(休)",
				"END:VEVENT"));
		assertThat(days(schedule)).containsExactly(LocalDate.of(2090, 1, 1), LocalDate.of(2090, 1, 2));

		assertThatThrownBy(() -> parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "UID:a", "DTSTART;VALUE=DATE:20900101", "RRULE:FREQ=YEARLY", "SUMMARY:元旦(休)", "END:VEVENT")))
			.isInstanceOfSatisfying(DeadlineException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.openRule");
				assertThat(e.args()).containsExactly(4, "元旦(休)");
			});
	}

	@Test
	void anUnknownTimeZoneIsRefused() {
		assertThatThrownBy(() -> parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "UID:a", "DTSTART;TZID=Mars/Olympus:20900101T090000", "SUMMARY:元旦(休)", "END:VEVENT")))
			.isInstanceOfSatisfying(DeadlineException.class,
					e -> assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.unreadable"));
	}

	@Test
	void theDownloadReadsBackAsTheSameDays() throws IOException {
		Schedule bundled = parse(bundledIcs());
		java.util.Map<LocalDate, CalendarDay> byDate = new java.util.HashMap<>();
		bundled.years().values().forEach(list -> list.forEach(d -> byDate.put(d.date(), d)));
		String feed = IcsFeed.write(new CalendarSnapshot(byDate, bundled.years().keySet()), "工作日历",
				java.time.Instant.parse("2026-12-07T00:00:00Z"));

		// read by the library as any calendar program would, strictly
		net.fortuna.ical4j.model.Calendar read;
		try {
			read = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(feed));
		}
		catch (net.fortuna.ical4j.data.ParserException e) {
			throw new AssertionError(e);
		}
		assertThat(read.validate().hasErrors()).isFalse();
		List<net.fortuna.ical4j.model.component.VEvent> events = read.getComponents("VEVENT");
		assertThat(events).hasSize(byDate.size());
		assertThat(events).allSatisfy(e -> {
			assertThat(e.getProperty("DTSTART").orElseThrow().getValue()).hasSize(8);
			assertThat(e.getProperty("UID").orElseThrow().getValue())
				.isEqualTo(e.getProperty("DTSTART").orElseThrow().getValue() + "@calendar.lvzhi");
		});

		Schedule again = parse(feed);
		assertThat(again.years().keySet()).isEqualTo(bundled.years().keySet());
		for (int year : bundled.years().keySet()) {
			assertThat(again.years().get(year)).extracting(CalendarDay::date, CalendarDay::kind, CalendarDay::nameZh)
				.containsExactlyElementsOf(bundled.years().get(year).stream()
					.map(d -> org.assertj.core.groups.Tuple.tuple(d.date(), d.kind(), d.nameZh()))
					.toList());
		}
	}
}
