package org.lvzhi.oversight.reports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A unit opens only the reports and opinions addressed to it; the public opens none. */
@IntegrationTest
class ReportPagesTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;

	private RequestPostProcessor unit(OrganizationId organ) {
		String username = "t-ovr-unit" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试机关", Role.UNIT, null, null, organ.value()));
		return user(users.loadUserByUsername(username));
	}

	@Test
	void aUnitOpensItsOwnReportAndOpinionsButNotAnotherUnits() throws Exception {
		ReportFixture f = new ReportFixture(context);
		OrganizationId mine = f.organ();
		OrganizationId other = f.organ();
		WorkReportId id = f.opinionsSent(mine);
		mvc.perform(get("/oversight/reports/" + id).with(unit(mine))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("加强督促检查")));
		mvc.perform(get("/oversight/reports/" + id + "/opinions.docx").with(unit(mine))).andExpect(status().isOk());
		RequestPostProcessor stranger = unit(other);
		mvc.perform(get("/oversight/reports/" + id).with(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/oversight/reports/" + id + "/opinions.docx").with(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/oversight/reports").with(stranger)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("/oversight/reports/" + id + "\""))));
	}

	@Test
	void theOfficeSeesTheListAndTheExport() throws Exception {
		var staff = user("t-ovr-staff").roles("STAFF");
		mvc.perform(get("/oversight/reports?year=2023").with(staff)).andExpect(status().isOk());
		mvc.perform(get("/oversight/reports/export.xlsx?year=2023").with(staff)).andExpect(status().isOk());
	}

	@Test
	void aDeputyOrAnonymousVisitorIsKeptOut() throws Exception {
		mvc.perform(get("/oversight/reports").with(user("t-ovr-dep").roles("DEPUTY"))).andExpect(status().isForbidden());
		mvc.perform(get("/oversight/reports")).andExpect(status().is3xxRedirection());
	}
}
