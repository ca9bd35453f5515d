package org.lvzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each role's home page shows the counts that concern it, computed from the records, and the
 * navigation lists only what the role may open.
 */
@IntegrationTest
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	private String homeOf(String username, String password) throws Exception {
		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
			.andReturn().getRequest().getSession();
		return mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void officeStaffSeeDirectoryCountsFromTheRecords() throws Exception {
		String home = homeOf("daibiao-gw", "daigong2023");

		assertThat(home).contains("名录人员", String.format("%,d", directory.countPersons()))
			.contains("现任各级人大代表", String.format("%,d", directory.countCurrentDeputies()))
			.contains("href=\"/directory/persons\"")
			.doesNotContain("href=\"/admin/audit\"");
	}

	@Test
	void aDeputySeesHerOwnRecordAndNoStaffPages() throws Exception {
		String home = homeOf("daibiao", "daibiao2023");

		assertThat(home).contains("我的现任职务与身份").containsPattern("href=\"/directory/persons/\\d+\"")
			.doesNotContain("名录人员")
			.doesNotContain("href=\"/directory/persons\"");
	}

	@Test
	void theAdministratorSeesTheAuditLogAndAccounts() throws Exception {
		String home = homeOf("admin", "admin2023");

		assertThat(home).contains("审计日志条目", "账户").contains("href=\"/admin/audit\"", "href=\"/admin/accounts\"");
	}

	@Test
	void aMemberOfThePublicIsPointedToThePublicFigures() throws Exception {
		String home = homeOf("gongzhong", "gongzhong2023");

		assertThat(home).contains("查看年度统计").doesNotContain("href=\"/calendar\"").doesNotContain("href=\"/directory");
	}
}
