package org.lvzhi.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.Downloads.docx;
import static org.lvzhi.Downloads.fileName;
import static org.lvzhi.Downloads.paragraphs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.PlanItemKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The supervision plan as a Word document, for the office (any revision) and the public (the
 * published one only), and the candidate topics as a spreadsheet: opened and read back.
 */
@IntegrationTest
class PlanDocumentsTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	SupervisionPlanService service;
	@Autowired
	TopicCall call;
	@Autowired
	CreateOrganization organizations;
	@Autowired
	MockMvc mvc;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;

	String organName() {
		return "测试文本报告机关" + System.nanoTime() % 1000000 + SEQUENCE.incrementAndGet();
	}

	OrganizationId organ(String name) {
		return organizations.create(new OrganizationDetails(name, Classification.GOVERNMENT_DEPARTMENT, null, null, null,
				null, null, null));
	}

	RequestPostProcessor account(Role role, String office, Long organization) {
		String username = "t-plandoc-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, office, null, organization));
		return user(users.loadUserByUsername(username));
	}

	MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
	}

	@Test
	void theOfficeDownloadsEveryRevisionAndThePublicOnlyThePublishedOne() throws Exception {
		int year = 2071;
		String organ = organName();
		OrganizationId organId = organ(organ);
		service.draft(year, "太原市人大常委会2071年度监督工作计划");
		service.addItem(year, PlanItemKind.WORK_REPORT, "听取和审议市政府关于测试文本工作情况的报告", organId, "财政经济委员会", 6, null);
		service.addItem(year, PlanItemKind.WORK_REPORT, "听取和审议市政府关于测试文本第二项工作的报告", null, "教育科学文化卫生委员会", 8, null);
		service.addItem(year, PlanItemKind.INSPECTION, "《测试文本条例》执法检查", null, "法制委员会", 5, null);
		RequestPostProcessor staff = account(Role.STAFF, "GENERAL_OFFICE", null);
		String url = "/oversight/plan/" + year + "/plan.docx";
		String publicUrl = "/public/oversight-plan/" + year + "/plan.docx";

		// A draft: the office gets it marked as such; nobody else gets it.
		MockHttpServletResponse draft = fetch(get(url).with(staff));
		assertThat(fileName(draft)).isEqualTo("太原市人大常委会2071年度监督工作计划（草案）.docx");
		try (XWPFDocument doc = docx(draft)) {
			assertThat(paragraphs(doc).get(0)).isEqualTo("太原市人大常委会2071年度监督工作计划（草案）");
			assertThat(paragraphs(doc).get(1)).contains("尚未经主任会议通过");
		}
		mvc.perform(get(publicUrl)).andExpect(status().isNotFound());
		assertThat(mvc.perform(get(url).param("revision", "1")).andReturn().getResponse().getStatus())
			.isIn(302, 401, 403);
		mvc.perform(get(url).with(account(Role.UNIT, null, organId.value()))).andExpect(status().isForbidden());
		mvc.perform(get(url).with(account(Role.DEPUTY, null, null))).andExpect(status().isForbidden());

		service.adopt(year, LocalDate.of(2070, 12, 20), "主任会议讨论通过。");
		service.publish(year, LocalDate.of(2070, 12, 25));
		service.amend(year, "增加专题询问。");
		service.addItem(year, PlanItemKind.INQUIRY, "关于测试文本工作的专题询问", organId, null, 9, null);

		// The public gets revision 1, the published one, not the amendment under way.
		MockHttpServletResponse published = mvc.perform(get(publicUrl)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(fileName(published)).isEqualTo("太原市人大常委会2071年度监督工作计划.docx");
		try (XWPFDocument doc = docx(published)) {
			List<String> lines = paragraphs(doc);
			assertThat(lines.get(0)).isEqualTo("太原市人大常委会2071年度监督工作计划");
			assertThat(lines.get(1)).isEqualTo("（2070年12月20日经主任会议通过）");
			assertThat(lines).contains("一、听取审议专项工作报告（2项）", "二、执法检查（1项）")
				.noneMatch(l -> l.contains("专题询问"));
			List<XWPFTable> tables = doc.getTables();
			assertThat(tables).hasSize(2);
			assertThat(tables.get(0).getRows()).hasSize(3);
			assertThat(tables.get(0).getRow(0).getCell(2).getText()).isEqualTo("报告机关");
			assertThat(tables.get(0).getRow(1).getCell(0).getText()).isEqualTo("1");
			assertThat(tables.get(0).getRow(1).getCell(1).getText()).isEqualTo("听取和审议市政府关于测试文本工作情况的报告");
			assertThat(tables.get(0).getRow(1).getCell(2).getText()).isEqualTo(organ);
			assertThat(tables.get(0).getRow(1).getCell(3).getText()).isEqualTo("财政经济委员会");
			assertThat(tables.get(0).getRow(1).getCell(4).getText()).isEqualTo("6月");
			assertThat(tables.get(1).getRow(1).getCell(1).getText()).isEqualTo("《测试文本条例》执法检查");
		}

		// The office: revision 2 is a draft with the inquiry, revision 1 stays as adopted.
		try (XWPFDocument doc = docx(fetch(get(url).with(staff)))) {
			assertThat(paragraphs(doc).get(0)).endsWith("（草案）");
			assertThat(paragraphs(doc)).contains("二、专题询问（1项）", "三、执法检查（1项）");
			assertThat(doc.getTables()).hasSize(3);
			assertThat(doc.getTables().get(1).getRow(1).getCell(2).getText()).isEqualTo(organ);
		}
		MockHttpServletResponse first = fetch(get(url).param("revision", "1").with(staff));
		try (XWPFDocument doc = docx(first)) {
			assertThat(paragraphs(doc).get(0)).isEqualTo("太原市人大常委会2071年度监督工作计划");
			assertThat(doc.getTables()).hasSize(2);
		}
		mvc.perform(get(url).param("revision", "9").with(staff)).andExpect(status().isNotFound());

		// In English the headings are English; the plan's own words stay as written.
		try (XWPFDocument doc = docx(fetch(get(publicUrl).param("lang", "en")))) {
			List<String> lines = paragraphs(doc);
			assertThat(lines.get(1)).isEqualTo("(Adopted by the council of chairpersons on December 20, 2070)");
			assertThat(lines).contains("1. Special work report (2 items)");
			assertThat(doc.getTables().get(0).getRow(0).getCell(2).getText()).isEqualTo("Reporting organ");
		}

		// Both pages link their document.
		assertThat(mvc.perform(get("/public/oversight-plan/" + year)).andReturn().getResponse().getContentAsString())
			.contains(publicUrl);
		assertThat(mvc.perform(get("/oversight/plan").param("year", String.valueOf(year)).with(staff)).andReturn()
			.getResponse().getContentAsString()).contains(url + "?revision=1").contains(url + "?revision=2");
	}

	@Test
	void theCandidateTopicsOfTheYearShownAreExported() throws Exception {
		int year = 2072;
		long mine = call.fromPetition(year, "关于测试导出议题的建议", "群众反映较多。", "信访-测试-" + SEQUENCE.incrementAndGet(),
				LocalDate.of(2071, 10, 8));
		call.fromPetition(year + 1, "另一年度的测试导出议题", "不应导出。", "信访-测试-" + SEQUENCE.incrementAndGet(),
				LocalDate.of(2072, 10, 8));
		RequestPostProcessor staff = account(Role.STAFF, "GENERAL_OFFICE", null);
		MockHttpServletResponse response = fetch(get("/oversight/topics/export.xlsx").param("year", String.valueOf(year)).with(staff));
		assertThat(fileName(response)).isEqualTo("2072年度监督候选议题.xlsx");
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			for (Row row : book.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < 9; c++) {
					var cell = row.getCell(c);
					cells.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
							? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
				}
				rows.add(cells);
			}
		}
		assertThat(rows.get(0)).startsWith("编号", "来源", "标题");
		assertThat(rows).filteredOn(r -> r.get(0).equals(String.valueOf(mine))).singleElement()
			.satisfies(r -> assertThat(r).containsSequence("信访", "关于测试导出议题的建议", "群众反映较多。"));
		assertThat(rows).noneMatch(r -> r.contains("另一年度的测试导出议题"));
		assertThat(mvc.perform(get("/oversight/topics").param("year", String.valueOf(year)).with(staff)).andReturn()
			.getResponse().getContentAsString()).contains("/oversight/topics/export.xlsx?year=" + year);
		mvc.perform(get("/oversight/topics/export.xlsx").param("year", String.valueOf(year))
			.with(account(Role.UNIT, null, organ(organName()).value()))).andExpect(status().isForbidden());
	}
}
