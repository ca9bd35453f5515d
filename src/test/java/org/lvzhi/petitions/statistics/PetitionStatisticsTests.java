package org.lvzhi.petitions.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.audit.AuditLog;
import org.lvzhi.petitions.PetitionFixture;
import org.lvzhi.petitions.ReplyKind;
import org.lvzhi.petitions.Route;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.PetitionList;
import org.lvzhi.petitions.handling.PetitionState;
import org.lvzhi.petitions.handling.Timeliness;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The office's statistics of a year: every number is the size of the list it opens, a late routing
 * counts as late, and the .xlsx export names petitioners only when the office gives a reason, which
 * the action log keeps. Nobody outside the office opens either.
 */
@IntegrationTest
class PetitionStatisticsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

	@Autowired
	ApplicationContext context;
	@Autowired
	PetitionStatistics statistics;
	@Autowired
	PetitionList list;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;
	@Autowired
	AuditLog audit;

	@Test
	void everyNumberIsTheSizeOfTheListItOpens() {
		PetitionFixture fixture = new PetitionFixture(context);
		String body = "统计测试局" + System.nanoTime() % 1_000_000;
		Petition inTime = fixture.registered(LocalDate.of(2021, 3, 1));
		fixture.moves.route(inTime.id(), Route.TRANSFER, body, null, null, LocalDate.of(2021, 3, 6));
		Petition late = fixture.registered(LocalDate.of(2021, 3, 1));
		fixture.moves.route(late.id(), Route.TRANSFER, body, null, null, LocalDate.of(2021, 4, 20));
		// Both answered within their handling period: only the late routing makes the second one late.
		fixture.moves.reply(inTime.id(), ReplyKind.SUPPORT, "已责成整改。", LocalDate.of(2021, 4, 10));
		fixture.moves.reply(late.id(), ReplyKind.EXPLAIN, "已作解释。", LocalDate.of(2021, 5, 10));

		PetitionStatistics.Year year = statistics.of(2021, TODAY);
		assertThat(year.bodies()).contains(new PetitionStatistics.Count(body, 2));
		assertThat(inList(q -> q(null, null, body, Timeliness.LATE))).containsExactly(late.number());
		assertThat(inList(q -> q(null, null, body, Timeliness.IN_TIME))).containsExactly(inTime.number());

		for (PetitionStatistics.Count c : year.categories()) {
			assertThat(total(q(c.value(), null, null, null))).as(c.value()).isEqualTo(c.count());
		}
		for (PetitionStatistics.Count c : year.areas()) {
			if (c.value() != null) {
				assertThat(total(q(null, c.value(), null, null))).as(c.value()).isEqualTo(c.count());
			}
		}
		for (PetitionStatistics.Count c : year.bodies()) {
			if (c.value() != null) {
				assertThat(total(q(null, null, c.value(), null))).as(c.value()).isEqualTo(c.count());
			}
		}
		for (PetitionStatistics.Count c : year.timeliness()) {
			assertThat(total(q(null, null, null, Timeliness.valueOf(c.value())))).as(c.value()).isEqualTo(c.count());
		}
		for (PetitionStatistics.Count c : year.routes()) {
			PetitionList.Query q = c.value() == null
					? new PetitionList.Query(PetitionState.REGISTERED, null, null, null, null, null, from(), to(), null,
							null, TODAY)
					: new PetitionList.Query(null, null, null, Route.valueOf(c.value()), null, null, from(), to(), null,
							null, TODAY);
			assertThat(total(q)).as(String.valueOf(c.value())).isEqualTo(c.count());
		}
		assertThat(year.timeliness().stream().mapToLong(PetitionStatistics.Count::count).sum()).isEqualTo(year.total());
	}

	@Test
	void theExportNamesPetitionersOnlyWithAReasonAndTheLogKeepsIt() throws Exception {
		PetitionFixture fixture = new PetitionFixture(context);
		String body = "导出测试局" + System.nanoTime() % 1_000_000;
		Petition p = fixture.registered(LocalDate.of(2021, 5, 8));
		fixture.moves.route(p.id(), Route.TRANSFER, body, null, null, LocalDate.of(2021, 5, 9));

		List<List<String>> plain = sheet(mvc.perform(get("/petitions/export.xlsx").param("bodyName", body)
			.param("why", "this reason is ignored").param("plain", "true").with(user(users.loadUserByUsername("xinfang"))))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(plain).hasSize(2);
		assertThat(plain.get(1)).contains(p.number(), body).doesNotContain("13812345678");
		assertThat(String.join(" ", plain.get(0))).doesNotContain("电话");

		List<List<String>> personal = sheet(mvc.perform(get("/petitions/export.xlsx").param("bodyName", body)
			.param("why", "向市委督查室报送重点信访人名单").with(user(users.loadUserByUsername("xinfang"))))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(personal.get(1)).contains(p.number(), "13812345678");
		assertThat(audit.historyOf("Petition", "export")).anySatisfy(e -> assertThat(e.action())
			.isEqualTo("petitions.petitioners.exported"));
	}

	@Test
	void nobodyOutsideThePetitionsOfficeOpensTheStatisticsOrTheExport() throws Exception {
		String page = mvc.perform(get("/petitions/statistics").param("year", "2021")
			.with(user(users.loadUserByUsername("xinfang")))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("按办理时效").contains("/petitions?from=2021-01-01");
		String demo = mvc.perform(get("/petitions/statistics").param("year", "2023")
			.with(user(users.loadUserByUsername("xinfang")))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(demo.split("<table", -1)).as("five tables, one per count").hasSize(6);
		assertThat(demo).contains("route=TRANSFER\">", "timeliness=IN_TIME\">", "category=", "area=", "bodyName=")
			.contains("<td>转送</td>", "<td>按期</td>");
		for (String other : List.of("bangongting", "admin", "zhujianju", "daibiao")) {
			int status = mvc.perform(get("/petitions/statistics").with(user(users.loadUserByUsername(other)))).andReturn()
				.getResponse().getStatus();
			int export = mvc.perform(get("/petitions/export.xlsx").with(user(users.loadUserByUsername(other)))).andReturn()
				.getResponse().getStatus();
			assertThat(status).as(other).isEqualTo(403);
			assertThat(export).as(other).isEqualTo(403);
		}
	}

	private static LocalDate from() {
		return LocalDate.of(2021, 1, 1);
	}

	private static LocalDate to() {
		return LocalDate.of(2021, 12, 31);
	}

	private static PetitionList.Query q(String category, String area, String bodyName, Timeliness timeliness) {
		return new PetitionList.Query(null, null, category, null, null, null, from(), to(), null, null, TODAY, area,
				bodyName, timeliness);
	}

	private long total(PetitionList.Query q) {
		return list.find(q, 1, 1, false).total();
	}

	private List<String> inList(Function<Void, PetitionList.Query> q) {
		return list.all(q.apply(null)).stream().map(PetitionList.Row::number).toList();
	}

	private static List<List<String>> sheet(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach(c -> cells.add(c.toString()));
				rows.add(cells);
			}
		}
		return rows;
	}
}
