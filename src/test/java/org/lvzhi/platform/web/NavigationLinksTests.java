package org.lvzhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Office;
import org.lvzhi.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The menu never offers a page that refuses its reader: every entry shown to a staff member of the
 * general office and of the deputies' affairs commission, and to a committee member, opens; the
 * commission's own pages (suggestions, liaison, duty records) are not offered to the general office.
 */
@IntegrationTest
class NavigationLinksTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final Pattern MENU_LINK = Pattern.compile("class=\"(?:dropdown-item|nav-link)[^\"]*\" href=\"(/[^\"?]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void everyEntryAStaffMemberIsOfferedOpens() throws Exception {
		for (Office office : List.of(Office.GENERAL_OFFICE, Office.DEPUTY_AFFAIRS, Office.PETITIONS)) {
			assertThat(refused(staff(office))).as("menu entries of %s that do not open", office).isEmpty();
		}
	}

	@Test
	void aCommitteeMemberIsOfferedWhatTheCommitteeDeliberatesAndEveryEntryOpens() throws Exception {
		RequestPostProcessor member = user(users.loadUserByUsername("weimin"));

		assertThat(menu(member)).contains("/legislation/projects", "/public/plan", "/oversight/dashboard",
				"/oversight/reports", "/oversight/inquiries", "/oversight/interpellations", "/oversight/evaluations",
				"/oversight/inspections", "/oversight/filings", "/oversight/plan", "/suggestions/statistics")
			.doesNotContain("/legislation/requests", "/legislation/network", "/oversight/topics", "/suggestions",
					"/liaison/opinions");
		assertThat(refused(member)).as("menu entries of a committee member that do not open").isEmpty();
	}

	private List<String> refused(RequestPostProcessor who) throws Exception {
		List<String> refused = new ArrayList<>();
		for (String link : menu(who)) {
			int status = mvc.perform(get(link).with(who)).andReturn().getResponse().getStatus();
			if (status != 200) {
				refused.add(link + " " + status);
			}
		}
		return refused;
	}

	@Test
	void theCommissionsOwnPagesAreOfferedToTheCommissionOnly() throws Exception {
		Set<String> general = menu(staff(Office.GENERAL_OFFICE));
		Set<String> commission = menu(staff(Office.DEPUTY_AFFAIRS));

		assertThat(commission).contains("/suggestions", "/liaison/opinions", "/liaison/stations", "/liaison/receptions",
				"/liaison/dashboard", "/duty");
		assertThat(general).doesNotContain("/suggestions", "/liaison/opinions", "/liaison/stations",
				"/liaison/receptions", "/liaison/dashboard", "/duty");
		// Pages open to all staff stay in both menus.
		assertThat(general).contains("/bills", "/oversight/reports");
	}

	private Set<String> menu(RequestPostProcessor who) throws Exception {
		String home = mvc.perform(get("/").with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Set<String> links = new LinkedHashSet<>();
		Matcher m = MENU_LINK.matcher(home);
		while (m.find()) {
			links.add(m.group(1));
		}
		assertThat(links).isNotEmpty();
		return links;
	}

	private RequestPostProcessor staff(Office office) {
		String username = "t-nav-" + office.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + office, Role.STAFF, office.name(), null, null));
		return user(users.loadUserByUsername(username));
	}
}
