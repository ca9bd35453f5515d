package org.lvzhi.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.platform.DomainException;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.Figures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The annual report written from the records: the 2023 report rebuilt from the demo world carries
 * every figure of the original with the same value, and the office's moves keep their rules.
 */
@IntegrationTest
class AnnualReportTests {

	@Autowired
	ReportDesk desk;
	@Autowired
	AnnualReportStore store;
	@Autowired
	ReportRendering rendering;
	@Autowired
	Figures figures;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	private static AnnualReport draftOf(int year) {
		return new AnnualReport(0, year, "报告", "常委会", null, ReportState.DRAFT, 1, null, null, null, 0);
	}

	@Test
	void the2023ReportRebuiltFromTheRecordsCarriesEveryFigureOfTheOriginal() {
		AnnualReportView view = rendering.view(draftOf(2023), ReportDesk.builtInTemplate());
		String text = view.plainText();
		List<String> unregistered = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		List<OriginalReport.Row> original = OriginalReport.figures();
		assertThat(original).hasSize(46);
		for (OriginalReport.Row row : original) {
			Figure figure = figures.find(row.key()).orElse(null);
			if (figure == null) {
				unregistered.add(row.key());
				continue;
			}
			long counted = figure.value(2023);
			boolean sameValue = row.atLeast() ? counted >= row.value() && counted < row.value() + 100
					: counted == row.value();
			if (!sameValue) {
				wrong.add(row.key() + ": counted " + counted + ", the original says " + row.value() + row.unit());
			}
			if (!text.contains(row.phraseWith(counted))) {
				wrong.add(row.key() + ": the text lacks \"" + row.phraseWith(counted) + "\"");
			}
		}
		assertThat(unregistered).as("figures no module registers yet").isEmpty();
		assertThat(wrong).isEmpty();
		assertThat(view.unknown()).isEmpty();
		assertThat(view.zero()).isEmpty();
		assertThat(text).contains("2023年，常委会").contains("2024年主要任务");
	}

	@Test
	void theDemoPublishedThe2023ReportWithTheFiguresItFroze() throws Exception {
		AnnualReport report = store.ofYear(2023).orElseThrow();
		assertThat(report.state()).isEqualTo(ReportState.PUBLISHED);
		Map<String, AnnualReportStore.Stored> frozen = store.frozenFigures(report.id());
		assertThat(frozen).hasSize(46);
		for (OriginalReport.Row row : OriginalReport.figures()) {
			assertThat(frozen.get(row.key()).value()).as(row.key()).isEqualTo(figures.find(row.key()).orElseThrow().value(2023));
		}

		String page = mvc.perform(get("/public/reports/2023")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/statistics/sc_sessions?year=2023\"").contains(">9</a>次")
			.contains("href=\"/statistics/station_opinions_collected?year=2023\"");
		String years = mvc.perform(get("/public/reports/years")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(years).contains("data-key=\"sc_sessions\"").contains("href=\"/public/reports/2023\"")
			.contains("href=\"/statistics/sc_sessions?year=2023\">9</a>");
	}

	@Test
	void aDraftIsWrittenInRevisionsFrozenReopenedAndPublished() {
		int year = freeYear();
		AnnualReport started = desk.start(Integer.valueOf(year), "研究室甲");
		assertThat(started.state()).isEqualTo(ReportState.DRAFT);
		assertThat(store.latest(started).body()).isEqualTo(desk.template());
		// Nothing was counted in such an early year: every figure is zero, and the office is told.
		AnnualReportView first = rendering.view(started);
		assertThat(first.zero()).contains("sc_sessions", "appointments");

		String text = "# 一、概述\n召开常委会会议{sc_sessions}次，另有{no_such_figure}项。\n{year}年。";
		AnnualReport saved = desk.save(year, started.version(), "工作报告", "常委会", LocalDate.of(year + 1, 2, 1), text,
				"改写", "研究室乙");
		assertThat(saved.revision()).isEqualTo(2);
		assertThat(rendering.view(saved).unknown()).containsExactly("no_such_figure");
		assertThat(rendering.view(saved).plainText()).contains("召开常委会会议0次").contains(year + "年。");
		assertThatThrownBy(() -> desk.freeze(year, saved.version(), "研究室乙")).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "reporting.annual.error.unknownFigures");

		// The editor of an older version is refused, not overwritten.
		assertThatThrownBy(() -> desk.save(year, started.version(), "x", "y", null, "旧文本", null, "研究室甲"))
			.isInstanceOf(OptimisticLockingFailureException.class);

		AnnualReport fixed = desk.save(year, saved.version(), "工作报告", "常委会", null,
				"# 一、概述\n召开常委会会议{sc_sessions}次。\n{year}年。", null, "研究室乙");
		AnnualReport same = desk.save(year, fixed.version(), "工作报告", "常委会", null,
				"# 一、概述\n召开常委会会议{sc_sessions}次。\n{year}年。\n", null, "研究室乙");
		assertThat(same.revision()).as("the same text again adds no revision").isEqualTo(3);
		assertThat(store.revisions(same.id())).extracting(Revision::number).containsExactly(3, 2, 1);
		assertThat(store.revisions(same.id()).get(1).author()).isEqualTo("研究室乙");

		List<RevisionDiff.Line> diff = RevisionDiff.between(store.revision(same.id(), 2).orElseThrow().body(),
				store.revision(same.id(), 3).orElseThrow().body());
		assertThat(diff).containsExactly(new RevisionDiff.Line(RevisionDiff.Kind.SAME, "# 一、概述"),
				new RevisionDiff.Line(RevisionDiff.Kind.REMOVED, "召开常委会会议{sc_sessions}次，另有{no_such_figure}项。"),
				new RevisionDiff.Line(RevisionDiff.Kind.ADDED, "召开常委会会议{sc_sessions}次。"),
				new RevisionDiff.Line(RevisionDiff.Kind.SAME, "{year}年。"));

		assertThatThrownBy(() -> desk.publish(year, same.version())).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "reporting.annual.error.freezeFirst");
		AnnualReport frozen = desk.freeze(year, same.version(), "研究室乙");
		assertThat(frozen.state()).isEqualTo(ReportState.FROZEN);
		assertThat(frozen.frozenAt()).isNotNull();
		assertThat(store.frozenFigures(frozen.id())).containsOnlyKeys("sc_sessions");
		assertThatThrownBy(() -> desk.save(year, frozen.version(), "工作报告", "常委会", null, "新", null, "研究室乙"))
			.isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "reporting.annual.error.frozen");

		AnnualReport reopened = desk.reopen(year, frozen.version());
		assertThat(reopened.state()).isEqualTo(ReportState.DRAFT);
		assertThat(store.frozenFigures(reopened.id())).isEmpty();
		AnnualReport published = desk.publish(year, desk.freeze(year, reopened.version(), "研究室乙").version());
		assertThat(published.state()).isEqualTo(ReportState.PUBLISHED);
		assertThat(published.publishedAt()).isNotNull();
		assertThatThrownBy(() -> desk.reopen(year, published.version())).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> desk.start(year, "研究室甲")).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "reporting.annual.error.exists");
	}

	@Test
	void onlyTheOfficeWritesReportsAndOnlyPublishedOnesArePublic() throws Exception {
		int year = freeYear();
		mvc.perform(get("/reports")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/reports").with(user("d").roles("DEPUTY"))).andExpect(status().isForbidden());
		mvc.perform(get("/reports").with(user("s").authorities(() -> "ROLE_STAFF", () -> "OFFICE_PETITIONS_OFFICE")))
			.andExpect(status().isForbidden());
		var office = user(users.loadUserByUsername("bangongting"));
		mvc.perform(get("/reports").with(office)).andExpect(status().isOk());
		assertThat(mvc.perform(get("/statistics").with(office)).andReturn().getResponse().getContentAsString())
			.contains("id=\"report-desk-link\"");
		assertThat(mvc.perform(get("/statistics")).andReturn().getResponse().getContentAsString())
			.doesNotContain("id=\"report-desk-link\"").contains("id=\"public-reports-link\"");
		mvc.perform(post("/reports").param("year", String.valueOf(year)).with(office).with(csrf()))
			.andExpect(status().isFound());
		AnnualReport report = store.ofYear(year).orElseThrow();
		String editor = mvc.perform(get("/reports/" + year).with(office)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(editor).contains("id=\"report-form\"").contains("id=\"zero-figures\"");

		mvc.perform(get("/public/reports/" + year)).andExpect(status().isNotFound());
		// A refused save (stale version) goes back with what was typed.
		mvc.perform(post("/reports/" + year).param("version", "-1").param("title", "标题").param("issuer", "常委会")
			.param("body", "正文").with(office).with(csrf()))
			.andExpect(flash().attribute("errorKey", "error.concurrentEdit"));
		assertThat(store.latest(store.ofYear(year).orElseThrow()).body()).isEqualTo(store.latest(report).body());
		mvc.perform(post("/reports/" + year + "/freeze").param("version", String.valueOf(report.version())).with(office)
			.with(csrf())).andExpect(flash().attribute("successKey", "reporting.annual.flash.frozen"));
		mvc.perform(post("/reports/" + year + "/publish")
			.param("version", String.valueOf(store.ofYear(year).orElseThrow().version())).with(office).with(csrf()))
			.andExpect(flash().attribute("successKey", "reporting.annual.flash.published"));
		mvc.perform(get("/public/reports/" + year)).andExpect(status().isOk());
		mvc.perform(get("/reports/" + year + "/compare").with(office)).andExpect(status().isOk());
		mvc.perform(get("/reports/" + year + "/revisions/1").with(office)).andExpect(status().isOk());
		mvc.perform(get("/reports/template").with(office)).andExpect(status().isOk());
	}

	/** A year before the records begin that no other test wrote a report for. */
	private int freeYear() {
		for (int tries = 0; tries < 200; tries++) {
			int year = 1990 + ThreadLocalRandom.current().nextInt(25);
			if (store.ofYear(year).isEmpty()) {
				return year;
			}
		}
		throw new IllegalStateException("no free year left");
	}
}
