package org.lvzhi.suggestions.bills;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who opens which bill by URL, and what the public sees. */
@IntegrationTest
class BillPagesTests {

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
		String username = "t-bill-unit" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试机关", Role.UNIT, null, null, organ.value()));
		return user(users.loadUserByUsername(username));
	}

	private BillId handedTo(BillFixture fixture, OrganizationId organ) {
		OrganizationId committee = fixture.organization("测试社会建设委员会", Classification.SPECIAL_COMMITTEE);
		BillId id = fixture.referred(committee);
		fixture.workflow().recordCommitteeReport(id, "建议交有关机关办理。", BillOutcome.HANDED, LocalDate.of(2023, 3, 20));
		fixture.workflow().settle(id, BillOutcome.HANDED, null, List.of(organ), LocalDate.of(2023, 4, 25));
		return id;
	}

	@Test
	void anOrganOpensOnlyTheBillsHandedToIt() throws Exception {
		BillFixture fixture = new BillFixture(context);
		OrganizationId mine = fixture.organization("测试民政局", Classification.GOVERNMENT_DEPARTMENT);
		OrganizationId other = fixture.organization("测试卫健委", Classification.GOVERNMENT_DEPARTMENT);
		BillId id = handedTo(fixture, mine);
		mvc.perform(get("/bills/" + id).with(unit(mine))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("报告办理情况")));
		mvc.perform(get("/bills/" + id).with(unit(other))).andExpect(status().isNotFound());
	}

	@Test
	void thePublicSeesCompletedBillsWithoutDeputiesNames() throws Exception {
		BillFixture fixture = new BillFixture(context);
		OrganizationId organ = fixture.organization("测试民政局", Classification.GOVERNMENT_DEPARTMENT);
		BillId id = handedTo(fixture, organ);
		mvc.perform(get("/public/bills/" + id)).andExpect(status().isNotFound());
		fixture.workflow().recordOrganReport(id, organ, "已办理。", LocalDate.of(2023, 7, 10));
		fixture.workflow().complete(id, null, LocalDate.of(2023, 8, 29));
		String lead = context.getBean(BillDeputies.class).name(fixture.get(id).leadDeputy());
		mvc.perform(get("/public/bills/" + id)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("审议完毕")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(lead))));
		mvc.perform(get("/public/bills?year=2023")).andExpect(status().isOk());
	}
}
