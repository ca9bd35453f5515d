package org.lvzhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Downloads of spreadsheets, Word documents and CSV files and views of pages with a person's
 * contact data are in the audit log, with who did it; refused requests are not.
 */
@IntegrationTest
class AccessAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog log;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	private List<AuditEntry> entries(String action, String actor) {
		return log.find(new AuditFilter(actor, action, null, null, null, null), 0, 100);
	}

	@Test
	void anExportIsLoggedWithWhoDownloadedWhat() throws Exception {
		int before = entries(AccessAudit.EXPORTED, "admin-export").size();
		mvc.perform(get("/admin/audit/export.xlsx?action=accounts").with(user("admin-export").roles("ADMIN")))
			.andExpect(status().isOk());
		List<AuditEntry> after = entries(AccessAudit.EXPORTED, "admin-export");
		assertThat(after).hasSize(before + 1);
		assertThat(after.getFirst().subjectId()).isEqualTo("xlsx");
		assertThat(after.getFirst().summary()).isEqualTo("/admin/audit/export.xlsx?action=accounts");

		// Refused: nothing was downloaded, nothing is logged.
		mvc.perform(get("/admin/audit/export.xlsx").with(user("deputy-export").roles("DEPUTY"))).andExpect(status().isForbidden());
		assertThat(entries(AccessAudit.EXPORTED, "deputy-export")).isEmpty();
	}

	@Test
	void everyKindOfDocumentDownloadIsRecognised() {
		assertThat(AccessAudit.downloadKind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", null))
			.isEqualTo("docx");
		assertThat(AccessAudit.downloadKind("text/csv;charset=UTF-8", null)).isEqualTo("csv");
		assertThat(AccessAudit.downloadKind("application/octet-stream", "attachment; filename=\"名册.xlsx\"")).isEqualTo("xlsx");
		assertThat(AccessAudit.downloadKind("text/html;charset=UTF-8", null)).isNull();
	}

	@Test
	void aViewOfAPersonsContactDataIsLogged() throws Exception {
		long person = jdbc.sql("SELECT MIN(id) FROM directory_person").query(Long.class).single();
		mvc.perform(get("/directory/persons/" + person).with(user(users.loadUserByUsername("daibiao-gw"))))
			.andExpect(status().isOk());
		assertThat(entries(AccessAudit.VIEWED, "daibiao-gw"))
			.anySatisfy(e -> {
				assertThat(e.subjectType()).isEqualTo("PersonalData");
				assertThat(e.subjectId()).isEqualTo("Person/" + person);
			});

		// A page without contact data is not.
		int views = entries(AccessAudit.VIEWED, "daibiao-gw").size();
		mvc.perform(get("/directory/persons").with(user(users.loadUserByUsername("daibiao-gw")))).andExpect(status().isOk());
		assertThat(entries(AccessAudit.VIEWED, "daibiao-gw")).hasSize(views);
	}
}
