package org.lvzhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.lvzhi.deadlines.Visitors.admin;
import static org.lvzhi.deadlines.Visitors.member;
import static org.lvzhi.deadlines.Visitors.signedIn;
import static org.lvzhi.deadlines.Visitors.staff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CalendarPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CalendarStore store;

	@Autowired
	LoadBundledCalendar bundled;

	@Test
	void staffSeeTheSpringFestivalAndTheMakeUpWorkingDaysOf2023InChinese() throws Exception {
		mvc.perform(get("/calendar").with(staff()).param("year", "2023"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2023 年工作日历"), containsString("2023-01-28"),
					containsString("春节"), containsString("班（调休上班）"), containsString("全年工作日 249 天"))));
	}

	@Test
	void membersReadTheCalendarInEnglish() throws Exception {
		mvc.perform(get("/calendar").with(member()).param("year", "2023").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Working-day calendar 2023"),
					containsString("Spring Festival"), containsString("Make-up working day"),
					containsString("249 working days"), not(containsString("??")))));
	}

	@Test
	void theCalculatorAnswersAsAWholePageWithoutScript() throws Exception {
		mvc.perform(get("/calendar").with(staff()).param("start", "2023-01-16").param("amount", "15").param("unit", "WORKING_DAYS"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2023-02-09"), containsString("已超期"),
					containsString("<html"))));
	}

	@Test
	void theCalculatorAnswersInPlaceForHtmx() throws Exception {
		mvc.perform(get("/calendar").with(staff()).header("HX-Request", "true").param("start", "2023-07-06").param("amount", "3")
			.param("unit", "MONTHS"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2023-10-07"), not(containsString("<html")))));
	}

	@Test
	void wrongCalculatorInputGetsAMessageNotAnError() throws Exception {
		mvc.perform(get("/calendar").with(staff()).header("HX-Request", "true").param("start", "2023-13-01").param("amount", "3")
			.param("unit", "MONTHS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写有效的起算日期")));
		mvc.perform(get("/calendar").with(staff()).param("start", "2023-01-01").param("amount", "abc").param("unit", "DAYS")
			.param("year", "x").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Choose the unit of the period"),
					containsString("The year must be between 2000 and 2100"))));
	}

	@Test
	void deputiesDoNotSeeTheCalendar() throws Exception {
		mvc.perform(get("/calendar").with(signedIn("public", "PUBLIC"))).andExpect(status().isForbidden());
		mvc.perform(get("/calendar").with(signedIn("deputy", "DEPUTY"))).andExpect(status().isOk());
	}

	@Test
	void theHomePageShowsStaffTheWorkingDaysLeftThisYear() throws Exception {
		mvc.perform(get("/").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("今年剩余工作日"), containsString("工作日历"))));
	}

	@Test
	void staffMayNotUploadASchedule() throws Exception {
		mvc.perform(multipart("/admin/calendar").file(icsFile("2090.ics", IcsFixture.year2090()))
			.with(csrf()).with(staff()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/calendar").with(staff())).andExpect(status().isForbidden());
	}

	@Test
	void theAdministratorUploadsTheOfficialFileAndSeesWhereEachYearComesFrom() throws Exception {
		mvc.perform(multipart("/admin/calendar").file(icsFile("holidays.ics", IcsParserTests.bundledIcs()))
			.with(csrf()).with(admin()))
			.andExpect(redirectedUrl("/admin/calendar"))
			.andExpect(flash().attribute("successKey", "deadlines.upload.saved"));

		assertThat(bundled.loadMissingYears()).isEmpty();
		assertThat(store.sources()).filteredOn(s -> s.year() >= 2024 && s.year() <= 2026)
			.allSatisfy(s -> assertThat(s.source()).isEqualTo(CalendarSource.UPLOADED));
		mvc.perform(get("/admin/calendar").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("管理员上传"), containsString("随系统提供"),
					containsString("holidays.ics"))));
	}

	@Test
	void aBadUploadShowsTheLineInChinese() throws Exception {
		mvc.perform(multipart("/admin/calendar").file(icsFile("bad.ics", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:春节\nEND:VEVENT\nEND:VCALENDAR\n"))
			.with(csrf()).with(admin()))
			.andExpect(redirectedUrl("/admin/calendar"))
			.andExpect(flash().attribute("errorKey", "deadlines.ics.error.noStart"));
	}

	@Test
	void theCalendarDownloadsAsIcsForThoseWhoSeeThePage() throws Exception {
		String ics = mvc.perform(get("/calendar.ics").with(staff())).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("UID:20230122@calendar.lvzhi")
			.contains("SUMMARY:春节(休)").contains("DTSTART;VALUE=DATE:20230122");
		assertThat(IcsParser.parse(ics, IcsParserTests.ZONE).years()).containsKey(2023);
		mvc.perform(get("/calendar.ics")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/calendar").with(staff())).andExpect(content().string(containsString("/calendar.ics")));
	}

	private static MockMultipartFile icsFile(String name, String content) {
		return new MockMultipartFile("file", name, "text/calendar", content.getBytes(StandardCharsets.UTF_8));
	}
}
