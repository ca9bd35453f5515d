package org.lvzhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class UploadCalendarTests {

	@Autowired
	UploadCalendar upload;

	@Autowired
	Deadlines deadlines;

	@Autowired
	CalendarStore store;

	@Autowired
	LoadBundledCalendar bundled;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGoodFileReplacesItsYearsReportsTheCountsAndIsAudited() {
		var counts = upload.upload("2090.ics", IcsFixture.year2090().getBytes(StandardCharsets.UTF_8), "admin");

		assertThat(counts).containsExactly(new YearCount(2090, 4, 1, 259));
		assertThat(deadlines.isWorkingDay(LocalDate.of(2090, 1, 2))).isFalse();
		assertThat(deadlines.isWorkingDay(LocalDate.of(2090, 1, 7))).isTrue();
		assertThat(deadlines.covers(LocalDate.of(2090, 5, 1))).isTrue();
		assertThat(store.sources()).filteredOn(s -> s.year() == 2090).singleElement().satisfies(s -> {
			assertThat(s.source()).isEqualTo(CalendarSource.UPLOADED);
			assertThat(s.loadedBy()).isEqualTo("admin");
			assertThat(s.fileName()).isEqualTo("2090.ics");
		});
		assertThat(jdbc.sql("SELECT after_state FROM audit_entry WHERE action = 'deadlines.calendar.uploaded' AND subject_id = '2090' ORDER BY id DESC")
			.query(String.class).list()).first().asString().contains("\"daysOff\":4");
	}

	@Test
	void aBadFileIsRefusedWithItsLineAndNothingIsSaved() {
		long daysBefore = jdbc.sql("SELECT COUNT(*) FROM deadlines_calendar_day").query(Long.class).single();
		// The first event is valid; the second names no kind, so the file as a whole must not be saved.
		String file = IcsFixture.calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20880101", "SUMMARY:元旦(休)", "END:VEVENT",
				"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20880102", "SUMMARY:元旦", "END:VEVENT");

		assertThatThrownBy(() -> upload.upload("bad.ics", file.getBytes(StandardCharsets.UTF_8), "admin"))
			.isInstanceOfSatisfying(DeadlineException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("deadlines.ics.error.summary");
				// the second event begins on line 8
				assertThat(e.args()).containsExactly(8, "元旦");
			});
		assertThat(jdbc.sql("SELECT COUNT(*) FROM deadlines_calendar_day").query(Long.class).single()).isEqualTo(daysBefore);
		assertThat(store.loadedYears()).doesNotContain(2088);
	}

	@Test
	void aFileThatIsNotUtf8OrEmptyIsRefused() {
		assertThatThrownBy(() -> upload.upload("x.ics", new byte[] { (byte) 0xC3, (byte) 0x28 }, "admin"))
			.hasMessage("deadlines.upload.error.encoding");
		assertThatThrownBy(() -> upload.upload("x.ics", new byte[0], "admin")).hasMessage("deadlines.upload.error.noFile");
	}

	@Test
	void theBundledScheduleIsLoadedOnceAndRestartsKeepWhatIsThere() {
		assertThat(store.loadedYears()).contains(2004, 2023, 2026);
		assertThat(bundled.loadMissingYears()).isEmpty();
		// 26 days off dated 2023, and 31 December 2022, published with the 2023 schedule.
		assertThat(store.sources()).filteredOn(s -> s.year() == 2023).singleElement()
			.satisfies(s -> assertThat(s.daysOff()).isEqualTo(27));
	}
}
