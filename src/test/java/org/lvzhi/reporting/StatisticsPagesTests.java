package org.lvzhi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The statistics page a reader opens: on the latest year that has records, the records behind a
 * figure a page at a time, each linked to its page only when the reader may open that page.
 */
@IntegrationTest
class StatisticsPagesTests {

	/** Figures of what happened in a year (not of who held a seat in it). */
	private static final List<String> ACTIVITY = List.of("suggestions_closed", "station_opinions_collected",
			"regulations_passed", "inspections_and_visits");

	@Autowired
	MockMvc mvc;
	@Autowired
	Figures figures;
	@Autowired
	Clock clock;

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long activity(int year) {
		return ACTIVITY.stream().mapToLong(key -> figures.find(key).orElseThrow().value(year)).sum();
	}

	@Test
	void theStatisticsOpenOnTheLatestYearWithRecords() throws Exception {
		Matcher title = Pattern.compile("<h1[^>]*>(\\d{4}) 年工作统计</h1>").matcher(page(get("/statistics")));
		assertThat(title.find()).as("the page names its year").isTrue();
		int shown = Integer.parseInt(title.group(1));

		assertThat(activity(shown)).as("records of %d", shown).isPositive();
		for (int later = shown + 1; later <= LocalDate.now(clock).getYear(); later++) {
			assertThat(activity(later)).as("records of %d", later).isZero();
		}
	}

	@Test
	void theRecordsBehindAFigureComeAPageAtATime() throws Exception {
		long total = figures.find("station_opinions_collected").orElseThrow().value(2023);
		assertThat(total).isGreaterThan(40);

		String first = page(get("/statistics/station_opinions_collected").param("year", "2023"));
		String second = page(get("/statistics/station_opinions_collected").param("year", "2023").param("page", "2"));

		assertThat(rows(first)).isEqualTo(20);
		assertThat(first).contains("rel=\"next\"", "第 1–20 条");
		assertThat(rows(second)).isEqualTo(20);
		assertThat(second).contains("<td>21</td>", "rel=\"prev\"").doesNotContain("<td>1</td>");
	}

	@Test
	void aRecordLinksToItsPageOnlyForAReaderWhoMayOpenIt() throws Exception {
		String anonymous = page(get("/statistics/station_opinions_collected").param("year", "2023"));
		String generalOffice = page(get("/statistics/station_opinions_collected").param("year", "2023")
			.with(user("stats-general").authorities(() -> "ROLE_STAFF", () -> "OFFICE_GENERAL_OFFICE")));
		String commission = page(get("/statistics/station_opinions_collected").param("year", "2023")
			.with(user("stats-commission").authorities(() -> "ROLE_STAFF", () -> "OFFICE_DEPUTY_AFFAIRS")));

		assertThat(anonymous).doesNotContain("href=\"/liaison/opinions/");
		assertThat(generalOffice).doesNotContain("href=\"/liaison/opinions/");
		assertThat(commission).contains("href=\"/liaison/opinions/");

		// A suggestion handled to closure has a public page, which everybody is sent to.
		assertThat(page(get("/statistics/suggestions_closed").param("year", "2023"))).contains("href=\"/public/suggestions/")
			.doesNotContain("href=\"/suggestions/");
		// A regulation's project is a staff page.
		assertThat(page(get("/statistics/regulations_passed").param("year", "2023")))
			.doesNotContain("href=\"/legislation/projects/");
		assertThat(page(get("/statistics/regulations_passed").param("year", "2023").with(user("stats-staff").roles("STAFF"))))
			.contains("href=\"/legislation/projects/");
	}

	private static int rows(String page) {
		String body = page.substring(page.indexOf("id=\"figure-records\""));
		body = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
		return body.split("<tr", -1).length - 1;
	}
}
