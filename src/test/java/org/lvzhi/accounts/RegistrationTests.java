package org.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Public registration answers everybody alike: nobody learns from it which user names exist. The
 * user name is given by Lvzhi, one address opens only a few accounts an hour, and sending the form
 * twice opens one account.
 */
@IntegrationTest
class RegistrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;

	private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder post, String username, String name) {
		return post.param("username", username).param("displayName", name).param("password", "Fenhe-spring-2024")
			.param("passwordRepeat", "Fenhe-spring-2024");
	}

	private long accountsNamed(String displayName) {
		return jdbc.sql("SELECT COUNT(*) FROM accounts_account WHERE display_name = ?").param(displayName)
			.query(Long.class).single();
	}

	@Test
	void registrationNeverTellsWhetherAUserNameIsTaken() throws Exception {
		MvcResult taken = mvc.perform(filled(AnonymousClient.fresh(mvc).post("/register", "/register"), "admin", "注册甲"))
			.andReturn();
		MvcResult free = mvc.perform(filled(AnonymousClient.fresh(mvc).post("/register", "/register"),
				"free-" + System.nanoTime(), "注册乙")).andReturn();

		assertThat(taken.getResponse().getStatus()).isEqualTo(302);
		assertThat(free.getResponse().getStatus()).isEqualTo(302);
		assertThat(taken.getResponse().getRedirectedUrl()).isEqualTo(free.getResponse().getRedirectedUrl());
		assertThat(taken.getResponse().getContentAsString()).doesNotContain("已被使用");
		assertThat(taken.getFlashMap().keySet()).isEqualTo(free.getFlashMap().keySet());
		assertThat(taken.getFlashMap().get("registeredUsername")).isNotEqualTo("admin");
	}

	@Test
	void theUserNameLvzhiGivesIsShownOnceAndSignsIn() throws Exception {
		MvcResult done = mvc.perform(filled(AnonymousClient.fresh(mvc).post("/register", "/register"), "", "注册丙"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String username = (String) done.getFlashMap().get("registeredUsername");
		assertThat(username).matches("gz[a-z2-9]{8}");

		String page = mvc.perform(get(done.getResponse().getRedirectedUrl()).flashAttrs(done.getFlashMap()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(username);
		mvc.perform(post("/login").param("username", username).param("password", "Fenhe-spring-2024").with(csrf())
			.with(AnonymousClient.from(AnonymousClient.newAddress()))).andExpect(authenticated().withRoles("PUBLIC"));
	}

	@Test
	void oneAddressOpensOnlyFiveAccountsAnHour() throws Exception {
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		String name = "频繁注册" + System.nanoTime();
		for (int i = 0; i < 6; i++) {
			mvc.perform(filled(visitor.post("/register", "/register"), "", name));
		}
		assertThat(accountsNamed(name)).isEqualTo(5);
	}

	@Test
	void theSameRegistrationSentTwiceOpensOneAccount() throws Exception {
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		String name = "重复注册" + System.nanoTime();
		Map<String, String> guard = visitor.guardOf("/register");
		MvcResult first = mvc.perform(filled(visitor.prepared("/register", guard), "", name)).andReturn();
		MvcResult second = mvc.perform(filled(visitor.prepared("/register", guard), "", name)).andReturn();
		assertThat(accountsNamed(name)).isEqualTo(1);
		assertThat(second.getFlashMap().get("registeredUsername")).isEqualTo(first.getFlashMap().get("registeredUsername"));
	}
}
