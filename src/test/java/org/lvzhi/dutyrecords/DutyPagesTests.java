package org.lvzhi.dutyrecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.RegisterPerson;
import org.lvzhi.liaison.OpinionCollected;
import org.lvzhi.liaison.ReceptionDayRecorded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who sees which record by URL, and what the downloads hold. */
@IntegrationTest
class DutyPagesTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final String SUBJECT = "楼道照明损坏请求维修";

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;
	@Autowired
	Directory directory;

	DutyFixture fixture;
	PersonId deputy;
	PersonId other;

	@BeforeEach
	void fixture() {
		fixture = new DutyFixture(context);
		deputy = fixture.deputy();
		other = fixture.deputy();
		fixture.publish(new ReceptionDayRecorded(DutyFixture.day(), DutyFixture.station(), "迎泽区柳巷街道代表联络站",
				LocalDate.of(2023, 3, 18), List.of(deputy), 23));
		fixture.publish(new OpinionCollected(DutyFixture.opinion(), DutyFixture.station(), List.of(deputy),
				LocalDate.of(2023, 3, 18), SUBJECT));
	}

	private RequestPostProcessor account(Role role, String office, Long person, Long organization) {
		String username = "t-duty-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, office, person, organization));
		return user(users.loadUserByUsername(username));
	}

	private RequestPostProcessor deputyAccount(PersonId person) {
		return account(Role.DEPUTY, null, person.value(), null);
	}

	private RequestPostProcessor office() {
		return account(Role.STAFF, "DEPUTY_AFFAIRS", null, null);
	}

	private String body(String url, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aDeputySeesHerOwnRecordWithCountsAndLines() throws Exception {
		String page = body("/duty/mine?year=2023", deputyAccount(deputy));
		assertThat(page).contains("迎泽区柳巷街道代表联络站").contains(SUBJECT).contains(">23<");
	}

	@Test
	void aDeputyCannotOpenTheOfficePagesNorAnotherDeputysRecord() throws Exception {
		RequestPostProcessor me = deputyAccount(other);
		mvc.perform(get("/duty").with(me)).andExpect(status().isForbidden());
		mvc.perform(get("/duty/deputies/" + deputy.value()).with(me)).andExpect(status().isForbidden());
		mvc.perform(get("/duty/deputies/" + deputy.value() + "/report.docx").with(me)).andExpect(status().isForbidden());
		mvc.perform(get("/duty/ranking").with(me)).andExpect(status().isForbidden());
		mvc.perform(get("/duty/weights").with(me)).andExpect(status().isForbidden());
		assertThat(body("/duty/mine?year=2023", me)).doesNotContain(SUBJECT);
	}

	@Test
	void unitsOtherOfficesAndVisitorsSeeNoLines() throws Exception {
		RequestPostProcessor unit = account(Role.UNIT, null, null, fixture.congress.value());
		mvc.perform(get("/duty/mine").with(unit)).andExpect(status().isForbidden());
		mvc.perform(get("/duty/deputies/" + deputy.value()).with(unit)).andExpect(status().isForbidden());
		RequestPostProcessor otherOffice = account(Role.STAFF, "RESEARCH", null, null);
		mvc.perform(get("/duty/deputies/" + deputy.value()).with(otherOffice)).andExpect(status().isForbidden());
		mvc.perform(get("/duty/mine")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/duty/deputies/" + deputy.value())).andExpect(status().is3xxRedirection());
	}

	@Test
	void thePublicPageShowsCountsOnly() throws Exception {
		String page = mvc.perform(get("/public/duty/" + deputy.value() + "?year=2023")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(">23<").doesNotContain(SUBJECT).doesNotContain("迎泽区柳巷街道代表联络站")
			.doesNotContain("测试第一选区");
	}

	@Test
	void thePublicPageOfSomeoneWhoWasNeverADeputyIsNotFound() throws Exception {
		PersonId nobody = context.getBean(RegisterPerson.class)
			.register(new PersonDetails("非代表人员", Gender.MALE, "汉族", "职员", PersonalData.none()));
		mvc.perform(get("/public/duty/" + nobody.value())).andExpect(status().isNotFound());
	}

	@Test
	void theOfficeOpensAnyDeputysRecordForAPeriodAndTheDelegationsList() throws Exception {
		RequestPostProcessor office = office();
		assertThat(body("/duty/deputies/" + deputy.value() + "?from=2023-03-01&to=2023-03-31", office)).contains(SUBJECT);
		assertThat(body("/duty/deputies/" + deputy.value() + "?from=2023-04-01&to=2023-12-31", office))
			.doesNotContain(SUBJECT);
		String name = directory.person(deputy).orElseThrow().name();
		assertThat(body("/duty?year=2023&body=" + fixture.delegation.value(), office)).contains(name);
		assertThat(body("/duty/ranking?year=2023&group=body:" + fixture.delegation.value(), office)).contains(name);
	}

	@Test
	void theOfficeExportsTheDelegationsCounts() throws Exception {
		byte[] xlsx = mvc.perform(get("/duty/export.xlsx?year=2023&body=" + fixture.delegation.value()).with(office()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
			String name = directory.person(deputy).orElseThrow().name();
			boolean found = false;
			for (int r = 1; r < 3; r++) {
				if (sheet.getRow(r).getCell(0).getStringCellValue().equals(name)) {
					assertThat(sheet.getRow(r).getCell(4).getNumericCellValue()).isEqualTo(23);
					assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).startsWith("测试履职代表团");
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void theYearlyReportIsAWordDocumentWithTheDeputysCounts() throws Exception {
		byte[] docx = mvc.perform(get("/duty/mine/report.docx?year=2023").with(deputyAccount(deputy)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String name = directory.person(deputy).orElseThrow().name();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains(name + "代表2023年度履职情况报告")
				.contains("进站履职1次，接待群众23人次，收集意见建议1条")
				.contains("迎泽区柳巷街道代表联络站")
				.contains("测试第一选区")
				.contains("二、履职情况");
			assertThat(doc.getTables()).isNotEmpty();
		}
		mvc.perform(get("/duty/deputies/" + deputy.value() + "/report.docx?year=2023").with(office()))
			.andExpect(status().isOk());
	}

	@Test
	void aWeightThatIsNotANumberIsRefusedAndTheEnteredValuesStay() throws Exception {
		int version = context.getBean(WeightStore.class).load().version();
		var request = post("/duty/weights").with(office()).with(csrf()).param("version", String.valueOf(version));
		for (DutyKind k : DutyKind.values()) {
			request.param("weight_" + k.name(), k == DutyKind.BILL_LED ? "五分" : "1");
		}
		String page = mvc.perform(request).andExpect(status().is(422)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("五分").contains("领衔提出议案");
		assertThat(context.getBean(WeightStore.class).load().version()).isEqualTo(version);
	}

	@Test
	void onlyTheOfficeRebuildsTheRecordsFromTheListPage() throws Exception {
		RequestPostProcessor office = office();
		assertThat(body("/duty", office)).contains("id=\"rebuild-button\"").contains("从源记录重建");
		mvc.perform(post("/duty/rebuild").with(deputyAccount(deputy)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/duty/rebuild").with(office).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/duty"))
			.andExpect(flash().attribute("successKey", "dutyrecords.rebuild.done"));
	}
}
