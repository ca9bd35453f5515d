package org.lvzhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

class IcsParserTests {

	static String bundledIcs() throws IOException {
		return new ClassPathResource("deadlines/holidays.ics").getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theChineseDaysIcsHoldsTheSameDaysAsTheBundledJsonFor2024To2026() throws IOException {
		Schedule ics = IcsParser.parse(bundledIcs());
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
		CalendarDay springFestival = IcsParser.parse(bundledIcs()).years().get(2024).stream()
			.filter(day -> day.date().equals(LocalDate.of(2024, 2, 10)))
			.findFirst()
			.orElseThrow();

		assertThat(springFestival.kind()).isEqualTo(DayKind.DAY_OFF);
		assertThat(springFestival.nameZh()).isEqualTo("春节");
		assertThat(springFestival.nameEn()).isEqualTo("Spring Festival");
	}

	@Test
	void foldedLinesAreUnfoldedAndDateTimesAccepted() {
		Schedule schedule = IcsParser.parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "DTSTART:20900101T000000", "DTEND:20900102T000000", "SUMMARY:元", " 旦(休)", "END:VEVENT"));

		assertThat(schedule.years().get(2090)).singleElement()
			.satisfies(day -> assertThat(day.nameZh()).isEqualTo("元旦"));
	}

	@Test
	void aSummaryWithoutRestOrWorkIsRefusedNamingItsLine() {
		assertThatThrownBy(() -> IcsParser.parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20900101", "SUMMARY:元旦", "END:VEVENT")))
			.isInstanceOfSatisfying(DeadlineException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.summary");
				assertThat(e.args()).startsWith(6);
			});
	}

	@Test
	void aMakeUpWorkingDayOnAWeekdayIsRefused() {
		// 2090-01-02 is a Monday.
		assertThatThrownBy(() -> IcsParser.parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20900102", "SUMMARY:元旦(班)", "END:VEVENT")))
			.isInstanceOfSatisfying(DeadlineException.class,
					e -> assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.notWeekend"));
	}

	@Test
	void aBrokenDateOrATruncatedFileIsRefused() {
		assertThatThrownBy(() -> IcsParser.parse(IcsFixture.calendar(
				"BEGIN:VEVENT", "DTSTART;VALUE=DATE:2090-01-01", "SUMMARY:元旦(休)", "END:VEVENT")))
			.isInstanceOfSatisfying(DeadlineException.class,
					e -> assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.date"));
		assertThatThrownBy(() -> IcsParser.parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20900101\n"))
			.isInstanceOfSatisfying(DeadlineException.class,
					e -> assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.incomplete"));
		assertThatThrownBy(() -> IcsParser.parse("hello"))
			.isInstanceOfSatisfying(DeadlineException.class,
					e -> assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.syntax"));
	}
}
