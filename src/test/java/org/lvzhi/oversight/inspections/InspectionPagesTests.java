package org.lvzhi.oversight.inspections;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who sees which problem, and the documents the pages hand out. */
@IntegrationTest
class InspectionPagesTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;
	@Autowired
	AssignProblem assign;
	@Autowired
	ReportRectification report;
	@Autowired
	VerifyRectification verify;

	InspectionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new InspectionFixture(context);
	}

	private RequestPostProcessor account(Role role, String office, Long organization) {
		String username = "t-insp-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, office, null, organization));
		return user(users.loadUserByUsername(username));
	}

	private RequestPostProcessor staff() {
		return account(Role.STAFF, "GENERAL_OFFICE", null);
	}

	@Test
	void aUnitSeesOnlyTheProblemsAssignedToItByUrlAndInTheList() throws Exception {
		InspectionId i = fixture.inspection(Topic.OTHER, of(2024, 4, 1), List.of());
		List<ProblemId> ps = fixture.site(i, of(2024, 4, 3), null, "我方单位的问题甲", "他方单位的问题乙");
		OrganizationId mine = fixture.unit();
		OrganizationId other = fixture.unit();
		assign.assign(ps.get(0), 0, mine, of(2024, 4, 5));
		assign.assign(ps.get(1), 0, other, of(2024, 4, 5));
		RequestPostProcessor unit = account(Role.UNIT, null, mine.value());

		mvc.perform(get("/oversight/inspections/problems/" + ps.get(0).value()).with(unit)).andExpect(status().isOk());
		mvc.perform(get("/oversight/inspections/problems/" + ps.get(1).value()).with(unit)).andExpect(status().isNotFound());
		// Asking for the other unit in the filter changes nothing: the scope comes from the account.
		String list = mvc.perform(get("/oversight/inspections/problems").param("unit", String.valueOf(other.value()))
			.param("size", "200").with(unit)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("我方单位的问题甲").doesNotContain("他方单位的问题乙");
		byte[] xlsx = mvc.perform(get("/oversight/inspections/problems/export.xlsx").with(unit)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			StringBuilder all = new StringBuilder();
			book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
			assertThat(all.toString()).contains("我方单位的问题甲").doesNotContain("他方单位的问题乙");
		}
		mvc.perform(post("/oversight/inspections/problems/" + ps.get(1).value() + "/report").with(unit).with(csrf())
			.param("version", "1").param("text", "越权报送")).andExpect(status().isNotFound());
		assertThat(fixture.problem(ps.get(1)).state()).isEqualTo(ProblemState.ASSIGNED);
		// Units do not see inspections, the dashboard or staff moves.
		mvc.perform(get("/oversight/inspections").with(unit)).andExpect(status().isForbidden());
		mvc.perform(get("/oversight/inspections/dashboard").with(unit)).andExpect(status().isForbidden());
		mvc.perform(post("/oversight/inspections/problems/" + ps.get(0).value() + "/close").with(unit).with(csrf())
			.param("version", "1")).andExpect(status().isForbidden());

		mvc.perform(post("/oversight/inspections/problems/" + ps.get(0).value() + "/report").with(unit).with(csrf())
			.param("version", "1").param("text", "已完成整改。")).andExpect(status().is3xxRedirection());
		assertThat(fixture.problem(ps.get(0)).state()).isEqualTo(ProblemState.REPORTED);
		mvc.perform(get("/oversight/inspections/problems").with(account(Role.PUBLIC, null, null)))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffRecordASiteWithProblemsAndPhotosThroughThePages() throws Exception {
		RequestPostProcessor staff = staff();
		InspectionId i = fixture.inspection(Topic.OTHER, of(2024, 4, 1), List.of("校园食品安全"));
		mvc.perform(post("/oversight/inspections/" + i.value() + "/sites").with(staff).with(csrf())
			.param("name", "迎泽区某小学食堂").param("district", "迎泽区").param("address", "太原市迎泽区迎泽大街1号")
			.param("checkedOn", "2024-04-10").param("mode", "UNANNOUNCED").param("area", "校园食品安全")
			.param("problem", "留样不足48小时", "", "").param("article", "《中华人民共和国食品安全法》第五十七条", "", ""))
			.andExpect(status().is3xxRedirection());
		var problems = fixture.bean(Inspections.class).allProblems(new ProblemQuery(i.value(), null, null, false, null),
				of(2024, 5, 1));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.description()).isEqualTo("留样不足48小时");
			assertThat(p.mode()).isEqualTo(SiteMode.UNANNOUNCED);
			assertThat(p.articleRef()).contains("第五十七条");
		});
		long id = problems.get(0).id();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
		mvc.perform(multipart("/oversight/inspections/problems/" + id + "/photos")
			.file(new MockMultipartFile("photo", "现场.png", "image/png", png)).with(staff).with(csrf()))
			.andExpect(status().is3xxRedirection());
		var photos = fixture.bean(Inspections.class).photos(new ProblemId(id));
		assertThat(photos).singleElement().satisfies(ph -> assertThat(ph.size()).isEqualTo(png.length));
		mvc.perform(get("/oversight/inspections/problems/photos/" + photos.get(0).id()).with(staff))
			.andExpect(status().isOk());
		// A text file is refused with a message, and the site stays recorded.
		String refused = mvc.perform(multipart("/oversight/inspections/problems/" + id + "/photos")
			.file(new MockMultipartFile("photo", "a.txt", "text/plain", "x".getBytes())).with(staff).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("errorKey").toString();
		assertThat(refused).isEqualTo("inspections.error.photoType");
		// A missing address is refused and the form keeps what was typed.
		String page = mvc.perform(post("/oversight/inspections/" + i.value() + "/sites").with(staff).with(csrf())
			.param("name", "某农贸市场").param("address", " ").param("checkedOn", "2024-04-11").param("mode", "ANNOUNCED")
			.param("problem", "摊位证照未公示")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("请填写检查点位名称和地址").contains("摊位证照未公示");
	}

	@Test
	void theReportAndTheProblemListOpenInPoiWithFiguresFromTheRecords() throws Exception {
		InspectionId i = fixture.inspection(Topic.OTHER, of(2024, 4, 1), List.of("政务服务", "要素保障"));
		fixture.bean(PlanInspection.class).addTeam(i, List.of(new TeamMember(TeamRole.EXPERT, null, "张专家", "山西大学"),
				new TeamMember(TeamRole.EXPERT, null, "李专家", null)));
		List<ProblemId> ps = fixture.site(i, of(2024, 4, 3), "政务服务", "窗口指南与实际不符", "线上办理深度不够");
		fixture.site(i, of(2024, 4, 4), "要素保障", "用电报装周期长");
		OrganizationId unit = fixture.unit();
		assign.assign(ps.get(0), 0, unit, of(2024, 4, 5));
		report.report(ps.get(0), 1, unit, "已统一办事指南。", of(2024, 5, 5));
		verify.close(ps.get(0), 2, null, of(2024, 5, 10));
		RequestPostProcessor staff = staff();
		byte[] docx = mvc.perform(get("/oversight/inspections/" + i.value() + "/report.docx").with(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("专业人士2名").contains("检查点位2个").contains("查出问题3个")
				.contains("已整改销号1个").contains("窗口指南与实际不符");
		}
		byte[] xlsx = mvc.perform(get("/oversight/inspections/problems/export.xlsx").param("inspection",
				String.valueOf(i.value())).with(staff)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
		}
		mvc.perform(get("/oversight/inspections/" + i.value()).with(staff)).andExpect(status().isOk());
		mvc.perform(get("/oversight/inspections/dashboard").with(staff)).andExpect(status().isOk());
		mvc.perform(get("/oversight/visits").with(staff)).andExpect(status().isOk());
	}
}
