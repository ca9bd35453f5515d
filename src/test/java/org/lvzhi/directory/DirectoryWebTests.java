package org.lvzhi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class DirectoryWebTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	RegisterPerson register;
	@Autowired
	CreateOrganization createOrganization;
	@Autowired
	AddMembership addMembership;
	@Autowired
	Directory directory;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;

	PersonId person;
	String idNumber;

	@BeforeEach
	void aPersonWithAMembership() {
		PersonDetails details = DirectoryFixture.person("网页测试人");
		idNumber = details.personal().idNumber();
		person = register.register(details);
		OrganizationId body = createOrganization.create(new OrganizationDetails(DirectoryFixture.unique("网页测试委员会"),
				Classification.SPECIAL_COMMITTEE, null, null, 15, null, null, null));
		addMembership.add(new NewMembership(person, body, MembershipRole.MEMBER, null, 15, null, LocalDate.of(2022, 1, 5), null));
	}

	/** Real principals, as the layout shows the signed-in person's display name. */
	private RequestPostProcessor account(Role role, String office, Long personId) {
		String username = DirectoryFixture.unique("t-" + role.name().toLowerCase()).replace("号", "");
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role.name(), role, office, personId, null));
		return user(users.loadUserByUsername(username));
	}

	RequestPostProcessor admin() {
		return account(Role.ADMIN, null, null);
	}

	RequestPostProcessor deputyAffairs() {
		return account(Role.STAFF, "DEPUTY_AFFAIRS", null);
	}

	RequestPostProcessor generalOffice() {
		return account(Role.STAFF, "GENERAL_OFFICE", null);
	}

	RequestPostProcessor research() {
		return account(Role.STAFF, "RESEARCH", null);
	}

	RequestPostProcessor member() {
		return account(Role.MEMBER, null, null);
	}

	RequestPostProcessor deputyFor(PersonId id) {
		return account(Role.DEPUTY, null, id.value());
	}

	@Test
	void staffMembersAndAdminsSeeTheListButUnitsAndThePublicDoNot() throws Exception {
		mvc.perform(get("/directory/persons").with(research())).andExpect(status().isOk());
		mvc.perform(get("/directory/persons").with(member())).andExpect(status().isOk());
		mvc.perform(get("/directory/persons").with(admin())).andExpect(status().isOk());
		mvc.perform(get("/directory/organizations").with(member())).andExpect(status().isOk());
		mvc.perform(get("/directory/persons").with(account(Role.UNIT, null, null))).andExpect(status().isForbidden());
		mvc.perform(get("/directory/persons").with(account(Role.PUBLIC, null, null))).andExpect(status().isForbidden());
		mvc.perform(get("/directory/persons/" + person).with(account(Role.PUBLIC, null, null))).andExpect(status().isForbidden());
	}

	@Test
	void onlyPrivilegedStaffSeePersonalData() throws Exception {
		String privileged = mvc.perform(get("/directory/persons/" + person).with(deputyAffairs()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String other = mvc.perform(get("/directory/persons/" + person).with(research()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String committee = mvc.perform(get("/directory/persons/" + person).with(member()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(privileged).contains(idNumber);
		assertThat(other).doesNotContain(idNumber).contains("网页测试人");
		assertThat(committee).doesNotContain(idNumber);
	}

	@Test
	void aDeputyOpensHerOwnPageOnly() throws Exception {
		PersonId other = register.register(DirectoryFixture.person("别的代表"));
		RequestPostProcessor deputy = deputyFor(person);

		mvc.perform(get("/directory/persons/" + person).with(deputy)).andExpect(status().isOk());
		mvc.perform(get("/directory/persons/" + other).with(deputy)).andExpect(status().isForbidden());
		mvc.perform(get("/directory/persons").with(deputy)).andExpect(status().isForbidden());
	}

	@Test
	void onlyEditorsCreateEditAndImport() throws Exception {
		mvc.perform(get("/directory/persons/new").with(research())).andExpect(status().isForbidden());
		mvc.perform(get("/directory/import").with(member())).andExpect(status().isForbidden());
		mvc.perform(post("/directory/persons").with(research()).with(csrf()).param("name", "不应登记"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/directory/organizations").with(member()).with(csrf()).param("name", "不应创建")
			.param("classification", "OTHER")).andExpect(status().isForbidden());
		mvc.perform(get("/directory/persons/new").with(deputyAffairs())).andExpect(status().isOk());
		mvc.perform(get("/directory/import").with(generalOffice()))
			.andExpect(status().isOk());
		mvc.perform(post("/directory/persons").with(deputyAffairs()).with(csrf()).param("name", "网页登记人")
			.param("gender", "FEMALE").param("ethnicity", "汉族")).andExpect(status().is3xxRedirection());
	}

	@Test
	void endingAMembershipBeforeItStartedShowsAChineseError() throws Exception {
		MembershipView m = directory.membershipsOf(person).get(0);
		String page = mvc.perform(post("/directory/persons/" + person + "/memberships/" + m.id() + "/end")
			.with(deputyAffairs()).with(csrf()).param("endDate", "2021-12-31").param("version", "" + m.version()))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("结束日期（2021-12-31）不能早于起始日期（2022-01-05）");
		assertThat(directory.membership(m.id()).orElseThrow().endDate()).isNull();
	}

	@Test
	void aStaleFormIsShownAgainWithTheConcurrentEditMessage() throws Exception {
		int version = directory.person(person).orElseThrow().version();
		mvc.perform(post("/directory/persons/" + person).with(deputyAffairs()).with(csrf()).param("name", "网页测试人")
			.param("occupation", "先保存的").param("idNumber", idNumber).param("version", "" + version))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(post("/directory/persons/" + person).with(deputyAffairs()).with(csrf())
			.param("name", "网页测试人").param("occupation", "后保存的").param("idNumber", idNumber)
			.param("version", "" + version))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("该记录已被他人修改").contains("后保存的");
		assertThat(directory.person(person).orElseThrow().occupation()).isEqualTo("先保存的");
	}

	@Test
	void aTamperedVersionIsAConflictNotAServerError() throws Exception {
		for (String tampered : new String[] { "0", "-1", "2147483647" }) {
			String page = mvc.perform(post("/directory/persons/" + person).with(deputyAffairs()).with(csrf())
				.param("name", "网页测试人").param("occupation", "篡改版本").param("idNumber", idNumber)
				.param("version", tampered))
				.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("该记录已被他人修改").contains("篡改版本");
		}
		assertThat(directory.person(person).orElseThrow().occupation()).isNotEqualTo("篡改版本");
	}

	@Test
	void anUnreadableGenderDateOrVersionIsRefusedWithTheFormStillHoldingWhatWasTyped() throws Exception {
		String version = "" + directory.person(person).orElseThrow().version();
		String[][] unreadable = { { "gender", "UNKNOWN" }, { "birthDate", "2023-02-30" }, { "version", "x" } };
		for (String[] field : unreadable) {
			var request = post("/directory/persons/" + person).with(deputyAffairs()).with(csrf())
				.param("name", "网页测试人").param("occupation", "仍在表单里").param("idNumber", idNumber)
				.param(field[0], field[1]);
			if (!field[0].equals("version")) {
				request.param("version", version);
			}
			var response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(field[0]).isEqualTo(422);
			assertThat(response.getContentAsString()).as(field[0]).contains("仍在表单里").contains("网页测试人");
			String created = mvc.perform(post("/directory/persons").with(deputyAffairs()).with(csrf())
				.param("name", "新登记的人").param("occupation", "也在表单里").param(field[0], field[1]))
				.andReturn().getResponse().getContentAsString();
			assertThat(created).as(field[0]).contains("也在表单里");
		}
	}

	@Test
	void theListExportsToXlsx() throws Exception {
		mvc.perform(get("/directory/persons/export.xlsx").param("name", "网页测试人").with(member()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(org.lvzhi.platform.Spreadsheet.CONTENT_TYPE));
	}

	@Test
	void theImportPageShowsTheErrorReportRowByRow() throws Exception {
		byte[] bad = RosterWorkbook.withHeaders(List.of("姓名")).row("张三").bytes();
		String page = mvc.perform(multipart("/directory/import")
			.file(new MockMultipartFile("file", "roster.xlsx", org.lvzhi.platform.Spreadsheet.CONTENT_TYPE, bad))
			.with(deputyAffairs()).with(csrf()))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("缺少必需的列“身份证号”").contains("未导入任何数据")
			.contains("<h2 class=\"h5\">错误清单</h2>", "<th>行号</th><th>列</th><th>问题</th>");
		String english = mvc.perform(multipart("/directory/import")
			.file(new MockMultipartFile("file", "roster.xlsx", org.lvzhi.platform.Spreadsheet.CONTENT_TYPE, bad))
			.param("lang", "en").with(deputyAffairs()).with(csrf()))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("<h2 class=\"h5\">Errors</h2>", "<th>Row</th><th>Column</th><th>Problem</th>");
		mvc.perform(get("/directory/import/template.xlsx").with(deputyAffairs())).andExpect(status().isOk());
	}

	@Test
	void thePopoloDocumentHasPersonsOrganizationsMembershipsAndPostsWithoutPersonalData() throws Exception {
		String json = mvc.perform(get("/api/v1/directory/popolo").with(research()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.persons[0].id").exists())
			.andExpect(jsonPath("$.persons[0].name").exists())
			.andExpect(jsonPath("$.organizations[0].classification").exists())
			.andExpect(jsonPath("$.memberships[0].person_id").exists())
			.andExpect(jsonPath("$.memberships[0].organization_id").exists())
			.andExpect(jsonPath("$.memberships[0].start_date").exists())
			.andExpect(jsonPath("$.posts").isArray())
			.andReturn().getResponse().getContentAsString();

		assertThat(json).doesNotContain(idNumber).doesNotContain("13800000000");
		mvc.perform(get("/api/v1/directory/popolo").with(member())).andExpect(status().isForbidden());
	}
}
