package org.lvzhi.suggestions.statistics;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Page;
import org.lvzhi.suggestions.AcceptSuggestion;
import org.lvzhi.suggestions.AnswerCategory;
import org.lvzhi.suggestions.AssignSuggestion;
import org.lvzhi.suggestions.AssignmentPlan;
import org.lvzhi.suggestions.DraftSuggestion;
import org.lvzhi.suggestions.Rating;
import org.lvzhi.suggestions.ReopenSuggestion;
import org.lvzhi.suggestions.SubmitSuggestion;
import org.lvzhi.suggestions.SuggestionContent;
import org.lvzhi.suggestions.SuggestionFixture;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.SuggestionListItem;
import org.lvzhi.suggestions.SuggestionState;
import org.lvzhi.suggestions.statistics.StatisticsFilter.Measure;
import org.lvzhi.suggestions.statistics.SuggestionStatistics.Rate;
import org.lvzhi.suggestions.statistics.SuggestionStatistics.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/** The statistics page: its rates on known records, its links, its spreadsheet and who may see it. */
@IntegrationTest
class StatisticsTests {

	/** A year no demo record and no other test uses, so the fixtures here are all it holds for a new unit. */
	static final int YEAR = 2019;

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	UserDetailsService users;
	@Autowired
	SuggestionStatistics statistics;

	@Test
	void ratesCountOnTimeAnswersAndSatisfactionFirstAndAfterReHandling() {
		SuggestionFixture fixture = new SuggestionFixture(context);
		OrganizationId unit = fixture.unit();
		Life life = new Life(context, fixture, unit);
		// Assigned 1 March 2019: answers due 3 June 2019.
		SuggestionId onTimeSatisfied = life.assigned();
		life.answer(onTimeSatisfied, AnswerCategory.A, of(2019, 4, 1));
		life.rate(onTimeSatisfied, Rating.SATISFIED, of(2019, 4, 3));
		SuggestionId lateThenReHandled = life.assigned();
		life.answer(lateThenReHandled, AnswerCategory.D, of(2019, 6, 20));
		life.rate(lateThenReHandled, Rating.DISSATISFIED, of(2019, 6, 24));
		context.getBean(ReopenSuggestion.class).reopen(lateThenReHandled, fixture.get(lateThenReHandled).version(),
				of(2019, 7, 1));
		life.answer(lateThenReHandled, AnswerCategory.A, of(2019, 7, 20));
		life.rate(lateThenReHandled, Rating.BASICALLY_SATISFIED, of(2019, 7, 24));
		SuggestionId dissatisfied = life.assigned();
		life.answer(dissatisfied, AnswerCategory.B, of(2019, 5, 6));
		life.rate(dissatisfied, Rating.DISSATISFIED, of(2019, 5, 8));
		SuggestionId lateUnrated = life.assigned();
		life.answer(lateUnrated, AnswerCategory.A, of(2019, 6, 20));
		life.assigned();

		Map<Measure, Long> counts = new LinkedHashMap<>();
		for (Measure m : Measure.values()) {
			counts.put(m, statistics.count(new StatisticsFilter(YEAR, m, null, unit.value(), null)));
		}
		assertThat(counts).containsEntry(Measure.ALL, 5L).containsEntry(Measure.ANSWERED, 4L)
			.containsEntry(Measure.ON_TIME, 3L).containsEntry(Measure.LATE, 1L)
			.containsEntry(Measure.RATED_FIRST, 3L).containsEntry(Measure.SATISFIED_FIRST, 1L)
			.containsEntry(Measure.DISSATISFIED_FIRST, 2L).containsEntry(Measure.RATED_FINAL, 3L)
			.containsEntry(Measure.SATISFIED_FINAL, 2L).containsEntry(Measure.KEY, 0L);
		assertThat(rate(counts, Measure.ON_TIME, Measure.ANSWERED).percent()).isEqualTo(75.0);
		assertThat(rate(counts, Measure.SATISFIED_FIRST, Measure.RATED_FIRST).percent()).isEqualTo(33.3);
		assertThat(rate(counts, Measure.SATISFIED_FINAL, Measure.RATED_FINAL).percent()).isEqualTo(66.7);
		assertThat(rate(counts, Measure.KEY, Measure.KEY).percent()).isNull();

		StatisticsFilter late = new StatisticsFilter(YEAR, Measure.LATE, null, unit.value(), null);
		assertThat(statistics.list(late, 1, 20).items()).extracting(SuggestionListItem::id)
			.containsExactly(lateUnrated.value());
		assertThat(statistics.count(new StatisticsFilter(YEAR, Measure.ALL, SuggestionState.ASSIGNED, unit.value(), "城乡建设")))
			.isEqualTo(1);
	}

	@Test
	void everyNumberOnThePageEqualsTheLengthOfTheListItOpens() throws Exception {
		String html = mvc.perform(get("/suggestions/statistics").param("year", "2023").with(as("weimin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher links = Pattern.compile("<a[^>]*href=\"(/suggestions/statistics/list\\?[^\"]+)\"[^>]*>([^<]+)</a>").matcher(html);
		int checked = 0;
		while (links.find()) {
			String link = HtmlUtils.htmlUnescape(links.group(1));
			long shown = Long.parseLong(links.group(2).replaceAll("\\D", ""));
			assertThat(listed(link)).as(link).isEqualTo(shown);
			checked++;
		}
		assertThat(checked).isGreaterThan(40);
		assertThat(html).contains("416").contains("市住房和城乡建设局");
	}

	@Test
	void theTablesDownloadAsASpreadsheet() throws Exception {
		byte[] xlsx = mvc.perform(get("/suggestions/statistics").param("year", "2023").param("format", "xlsx")
			.with(as("daibiao-gw"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("2023");
			assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(40);
		}
	}

	@Test
	void unitsDeputiesAndThePublicMayNotSeeTheStatistics() throws Exception {
		mvc.perform(get("/suggestions/statistics").with(as("zhujianju"))).andExpect(status().isForbidden());
		mvc.perform(get("/suggestions/statistics/list").param("year", "2023").with(as("zhujianju")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/suggestions/statistics").param("format", "xlsx").with(as("daibiao")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/suggestions/statistics").with(as("gongzhong"))).andExpect(status().isForbidden());
		mvc.perform(get("/suggestions/statistics").with(as("admin"))).andExpect(status().isOk());
	}

	/** How many suggestions the list page shows, over all its pages. */
	private long listed(String link) throws Exception {
		long total = 0;
		for (int page = 1;; page++) {
			MvcResult result = mvc.perform(get(java.net.URI.create(link + "&size=" + Page.MAX_SIZE + "&page=" + page)).with(as("weimin")))
				.andExpect(status().isOk()).andReturn();
			Page<?> shown = (Page<?>) result.getModelAndView().getModel().get("page");
			total += shown.items().size();
			if (!shown.hasNext()) {
				return total;
			}
		}
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static Rate rate(Map<Measure, Long> counts, Measure part, Measure whole) {
		return new Rate(new Row("", counts.get(part), null), new Row("", counts.get(whole), null));
	}

	/** Suggestions of {@link #YEAR} assigned to the unit on 1 March, moved through the use cases. */
	private record Life(ApplicationContext c, SuggestionFixture fixture, OrganizationId unit) {

		SuggestionId assigned() {
			PersonId deputy = fixture.deputy();
			SuggestionId id = c.getBean(DraftSuggestion.class).draft(deputy,
					new SuggestionContent("关于改善老旧小区供热的建议", "建议内容", "城乡建设", YEAR), List.of(), of(YEAR, 1, 8));
			c.getBean(SubmitSuggestion.class).submit(id, fixture.get(id).version(), deputy, of(YEAR, 1, 10));
			c.getBean(AcceptSuggestion.class).accept(id, fixture.get(id).version(), of(YEAR, 1, 15));
			c.getBean(AssignSuggestion.class).assign(id, fixture.get(id).version(), AssignmentPlan.lead(unit), of(YEAR, 3, 1));
			return id;
		}

		void answer(SuggestionId id, AnswerCategory category, LocalDate on) {
			fixture.answer(id, unit, category, on);
		}

		void rate(SuggestionId id, Rating rating, LocalDate on) {
			fixture.rate(id, rating, on);
		}
	}
}
