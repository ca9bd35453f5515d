package org.lvzhi.suggestions.io;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.AnswerCategory;
import org.lvzhi.suggestions.Rating;
import org.lvzhi.suggestions.Suggestion;
import org.lvzhi.suggestions.SuggestionFixture;
import org.lvzhi.suggestions.SuggestionId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Files in and out over the web, each reader getting only what she may see. */
@IntegrationTest
class SuggestionIoPagesTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final DataFormatter FORMAT = new DataFormatter();

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;

	SuggestionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new SuggestionFixture(context);
	}

	private RequestPostProcessor account(Role role, String office, Long person, Long organization) {
		String username = "t-io-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, office, person, organization));
		return user(users.loadUserByUsername(username));
	}

	private RequestPostProcessor office() {
		return account(Role.STAFF, "DEPUTY_AFFAIRS", null, null);
	}

	private RequestPostProcessor unitAccount(OrganizationId unit) {
		return account(Role.UNIT, null, null, unit.value());
	}

	private static List<List<String>> sheet(byte[] xlsx) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < SuggestionListExport.COLUMNS.size(); c++) {
					cells.add(row.getCell(c) == null ? "" : FORMAT.formatCellValue(row.getCell(c)));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	@Test
	void aUnitMayNotImportNorOpenTheImportPage() throws Exception {
		RequestPostProcessor unit = unitAccount(fixture.unit());
		byte[] file = ImportWorkbooks.workbook(List.of());
		mvc.perform(multipart("/suggestions/import").file(new MockMultipartFile("file", "a.xlsx", null, file))
			.with(unit).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/suggestions/import").with(unit)).andExpect(status().isForbidden());
	}

	@Test
	void theOfficeUploadsAWorkbookAndReadsTheErrorsRowByRow() throws Exception {
		byte[] file = ImportWorkbooks.workbook(List.of(ImportWorkbooks.row("缺类别的建议", "内容", null,
				ImportWorkbooks.uniqueName("无名"), null, null, "2023-01-10", null)));
		String page = mvc.perform(multipart("/suggestions/import").file(new MockMultipartFile("file", "a.xlsx", null, file))
			.with(office()).with(csrf())).andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("import-errors", "此项必填", "名册中没有名为")
			.contains("<h2 class=\"h5\">错误清单</h2>", "<th>行号</th><th>列</th><th>问题</th>", "<td>2</td>");
		String english = mvc.perform(multipart("/suggestions/import").file(new MockMultipartFile("file", "a.xlsx", null, file))
			.param("lang", "en").with(office()).with(csrf())).andExpect(status().is(422)).andReturn().getResponse()
			.getContentAsString();
		assertThat(english).contains("<h2 class=\"h5\">Errors</h2>", "<th>Row</th><th>Column</th><th>Problem</th>", "<td>2</td>");
		mvc.perform(get("/suggestions/import/template.xlsx").with(office())).andExpect(status().isOk())
			.andExpect(content().contentType(org.lvzhi.platform.Spreadsheet.CONTENT_TYPE));
	}

	@Test
	void theOfficeUploadsAGoodWorkbookAndIsToldHowManyWereEntered() throws Exception {
		ImportWorkbooks.Named deputy = new ImportWorkbooks(context).deputy();
		byte[] file = ImportWorkbooks.workbook(List.of(
				ImportWorkbooks.row("网页录入的建议一", "内容", "交通运输", deputy.name(), null, null, "2023-01-10", null),
				ImportWorkbooks.row("网页录入的建议二", "内容", "交通运输", deputy.name(), null, null, "2023-01-10", null)));
		String page = mvc.perform(multipart("/suggestions/import").file(new MockMultipartFile("file", "a.xlsx", null, file))
			.with(office()).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("已录入并提交 2 件建议", "本次共录入 2 件建议");
	}

	@Test
	void theOfficeExportOfAFilteredListReadsBackWithItsHeadersAndValues() throws Exception {
		OrganizationId unit = fixture.unit();
		SuggestionId id = fixture.answeredBy(unit, AnswerCategory.B, of(2023, 4, 3));
		fixture.rate(id, Rating.SATISFIED, of(2023, 4, 6));
		Suggestion s = fixture.get(id);

		byte[] xlsx = mvc.perform(get("/suggestions/export.xlsx").param("unit", unit.toString()).with(office()))
			.andExpect(status().isOk()).andExpect(content().contentType(org.lvzhi.platform.Spreadsheet.CONTENT_TYPE))
			.andReturn().getResponse().getContentAsByteArray();

		List<List<String>> rows = sheet(xlsx);
		assertThat(rows.get(0)).containsExactly("编号", "标题", "类别", "领衔代表", "附议代表", "状态", "主办（分办）单位",
				"会办单位", "交办日期", "答复期限", "答复日期", "答复类别", "代表评价", "重点建议", "办结日期");
		assertThat(rows).hasSize(2);
		List<String> row = rows.get(1);
		assertThat(row.get(0)).isEqualTo(s.number());
		assertThat(row.get(1)).isEqualTo("关于加强老旧小区改造的建议");
		assertThat(row.get(2)).isEqualTo("城乡建设");
		assertThat(row.get(5)).isEqualTo("跟踪落实");
		assertThat(row.get(6)).startsWith("测试承办单位");
		assertThat(row.get(8)).isEqualTo("2023-03-03");
		assertThat(row.get(10)).isEqualTo("2023-04-03");
		assertThat(row.get(11)).isEqualTo("B");
		assertThat(row.get(12)).isEqualTo("满意");
		assertThat(row.get(13)).isEqualTo("否");
	}

	@Test
	void aUnitsExportHoldsOnlyItsOwnSuggestionsWhateverItAsksFor() throws Exception {
		OrganizationId mine = fixture.unit();
		OrganizationId other = fixture.unit();
		SuggestionId ours = fixture.assignedTo(mine, of(2023, 3, 1));
		SuggestionId theirs = fixture.assignedTo(other, of(2023, 3, 1));

		byte[] xlsx = mvc.perform(get("/suggestions/workbench/export.xlsx").param("unit", other.toString())
			.with(unitAccount(mine))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		assertThat(sheet(xlsx)).extracting(r -> r.get(0)).containsExactly("编号", fixture.get(ours).number())
			.doesNotContain(fixture.get(theirs).number());
		mvc.perform(get("/suggestions/export.xlsx").with(unitAccount(mine))).andExpect(status().isForbidden());
	}

	@Test
	void aDeputysExportHoldsHerOwnSuggestions() throws Exception {
		PersonId deputy = fixture.deputy();
		SuggestionId own = fixture.submittedBy(deputy);
		SuggestionId other = fixture.submitted();
		byte[] xlsx = mvc.perform(get("/suggestions/mine/export.xlsx").with(account(Role.DEPUTY, null, deputy.value(), null)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(sheet(xlsx)).extracting(r -> r.get(0)).containsExactly("编号", fixture.get(own).number())
			.doesNotContain(fixture.get(other).number());
	}

	@Test
	void theDossierHoldsTheAnswerAndTheRatingAndAnotherUnitCannotDownloadIt() throws Exception {
		OrganizationId unit = fixture.unit();
		SuggestionId id = fixture.answeredBy(unit, AnswerCategory.A, of(2023, 4, 3));
		fixture.rate(id, Rating.BASICALLY_SATISFIED, of(2023, 4, 6));

		byte[] docx = mvc.perform(get("/suggestions/{id}/dossier.docx", id.value()).with(unitAccount(unit)))
			.andExpect(status().isOk()).andExpect(content().contentType(DocxWriter.CONTENT_TYPE))
			.andReturn().getResponse().getContentAsByteArray();

		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("关于加强老旧小区改造的建议", "建议内容：关于加强老旧小区改造的建议",
					"答复：已按建议研究办理。", "A 类：已解决或基本解决", "基本满意", "意见：BASICALLY_SATISFIED", "办理过程");
			assertThat(doc.getTables()).isNotEmpty();
			assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getStyle()).isEqualTo("Heading1"));
			assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
		}
		mvc.perform(get("/suggestions/{id}/dossier.docx", id.value()).with(unitAccount(fixture.unit())))
			.andExpect(status().isNotFound());
		String detail = mvc.perform(get("/suggestions/{id}", id.value()).with(office())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(detail).contains("/suggestions/" + id.value() + "/dossier.docx");
	}
}
