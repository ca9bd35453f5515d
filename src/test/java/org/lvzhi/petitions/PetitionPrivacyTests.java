package org.lvzhi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Office;
import org.lvzhi.accounts.Role;
import org.lvzhi.audit.AuditLog;
import org.lvzhi.petitions.handling.Petition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The fence around petitioners' personal data: the petitions office sees them masked in its
 * pages and whole only on asking, with the view logged; every other role — staff of other offices,
 * the administrator, committee members, deputies, handling bodies, the public and anonymous
 * visitors — reads none of them anywhere it may go: petitions' pages, statistics, the figures API,
 * the audit log, the tracking page.
 */
@IntegrationTest
class PetitionPrivacyTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final String PHONE = "13987650123";
	private static final String ID_NUMBER = "14010519800101001X";

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;
	@Autowired
	AuditLog audit;
	@Autowired
	org.lvzhi.directory.Directory directory;

	PetitionFixture fixture;
	Petition petition;
	String name;

	@BeforeEach
	void petition() {
		fixture = new PetitionFixture(context);
		name = PetitionFixture.uniqueName();
		petition = fixture.moves.registered(fixture.letter(LocalDate.of(2025, 6, 2), name, PHONE, validId()));
		fixture.moves.route(petition.id(), Route.TRANSFER, "市城乡管理局", null, null, LocalDate.of(2025, 6, 4));
		fixture.moves.supervise(petition.id(), "秘书长", LocalDate.of(2025, 7, 4), null, LocalDate.of(2025, 6, 5));
	}

	private static String validId() {
		String first = ID_NUMBER.substring(0, 17);
		return first + org.lvzhi.directory.IdCardNumber.checkCharacter(first);
	}

	private RequestPostProcessor account(Role role, Office office) {
		String username = "t-petitions-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, office == null ? null : office.name(),
				null, null));
		return user(users.loadUserByUsername(username));
	}

	private String body(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theOfficeSeesTheNameMaskedAndTheWholeDataOnlyWhenItSaysWhyWhichIsLogged() throws Exception {
		RequestPostProcessor office = account(Role.STAFF, Office.PETITIONS);
		String masked = name.charAt(0) + "*";
		MvcResult list = mvc.perform(get("/petitions").param("text", petition.number()).with(office)).andReturn();
		assertThat(list.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(list)).contains(petition.number()).contains(masked).doesNotContain(name).doesNotContain(PHONE);
		String page = body(mvc.perform(get("/petitions/" + petition.id().value()).with(office)).andReturn());
		assertThat(page).contains(masked).contains("139****0123").doesNotContain(name).doesNotContain(PHONE)
			.doesNotContain(validId());
		String revealed = body(mvc.perform(post("/petitions/" + petition.id().value() + "/petitioner").param("why", "回访信访人")
			.with(office).with(csrf())).andReturn());
		assertThat(revealed).contains(name).contains(PHONE).contains(validId());
		assertThat(audit.historyOf("Petition", String.valueOf(petition.id().value())))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("petitions.petitioner.viewed"));
	}

	@Test
	void everyOtherRoleIsRefusedThePetitionsPagesAndReadsNoPersonalDataAnywhere() throws Exception {
		Map<String, RequestPostProcessor> roles = new LinkedHashMap<>();
		roles.put("general office", account(Role.STAFF, Office.GENERAL_OFFICE));
		roles.put("deputies' affairs", account(Role.STAFF, Office.DEPUTY_AFFAIRS));
		roles.put("administrator", account(Role.ADMIN, null));
		roles.put("committee member", account(Role.MEMBER, null));
		roles.put("deputy", account(Role.DEPUTY, null));
		roles.put("handling unit", account(Role.UNIT, null));
		roles.put("public", account(Role.PUBLIC, null));
		roles.put("anonymous", r -> r);
		String id = String.valueOf(petition.id().value());
		for (var role : roles.entrySet()) {
			for (String page : List.of("/petitions", "/petitions/" + id, "/petitions/new")) {
				int status = mvc.perform(get(page).with(role.getValue())).andReturn().getResponse().getStatus();
				assertThat(status).as(role.getKey() + " " + page).isIn(302, 403, 404);
			}
			int reveal = mvc.perform(post("/petitions/" + id + "/petitioner").param("why", "x").with(role.getValue())
				.with(csrf())).andReturn().getResponse().getStatus();
			assertThat(reveal).as(role.getKey() + " reveal").isIn(302, 403, 404);
			for (String page : List.of("/statistics?year=2025", "/statistics/petitions_supervised?year=2025",
					"/api/v1/figures/petitions_supervised?year=2025", "/api/v1/figures/petition_letters?year=2025",
					"/public/petitions/track?code=" + petition.trackingCode(), "/admin/audit?subjectType=Petition&subjectId=" + id,
					"/inbox")) {
				MvcResult r = mvc.perform(get(page).with(role.getValue())).andReturn();
				assertThat(body(r)).as(role.getKey() + " " + page).doesNotContain(name).doesNotContain(PHONE)
					.doesNotContain(validId());
			}
		}
	}

	@Test
	void theHandlingBodySeesTheMatterRoutedToItWithoutPersonalDataAndAnotherBodyNothing() throws Exception {
		long body = directory.organizationNamed("市城乡管理局").orElseThrow().id().value();
		long other = directory.organizationNamed("市教育局").orElseThrow().id().value();
		RequestPostProcessor unit = unit(body);
		String list = body(mvc.perform(get("/unit/petitions").with(unit)).andReturn());
		assertThat(list).contains(petition.number());
		MvcResult page = mvc.perform(get("/unit/petitions/" + petition.id().value()).with(unit)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("小区供暖温度长期不达标").doesNotContain(name).doesNotContain(PHONE)
			.doesNotContain(validId()).doesNotContain(name.substring(0, 1) + "*");
		assertThat(mvc.perform(get("/unit/petitions/" + petition.id().value()).with(unit(other))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(body(mvc.perform(get("/unit/petitions").with(unit(other))).andReturn())).doesNotContain(petition.number());
	}

	@Test
	void theLetterToThePetitionerIsTheOfficesOnlyAndItsDownloadIsLogged() throws Exception {
		RequestPostProcessor office = account(Role.STAFF, Office.PETITIONS);
		MvcResult r = mvc.perform(get("/petitions/" + petition.id().value() + "/letter.docx").with(office)).andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
			String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
			assertThat(text).contains(name).contains("市城乡管理局").contains(petition.trackingCode());
		}
		assertThat(audit.historyOf("Petition", String.valueOf(petition.id().value())))
			.filteredOn(e -> e.action().equals("petitions.petitioner.viewed")).isNotEmpty();
		assertThat(mvc.perform(get("/petitions/" + petition.id().value() + "/letter.docx")
			.with(account(Role.STAFF, Office.GENERAL_OFFICE))).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	private RequestPostProcessor unit(long organization) {
		String username = "t-petitions-unit" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试单位", Role.UNIT, null, null, organization));
		return user(users.loadUserByUsername(username));
	}

	@Test
	void theFiguresListThePetitionByNumberAndSubjectWithoutThePetitioner() throws Exception {
		String json = body(mvc.perform(get("/api/v1/figures/petitions_supervised").param("year", "2025")).andReturn());
		assertThat(json).contains(petition.number()).doesNotContain(name).doesNotContain(PHONE);
	}
}
