package org.lvzhi.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WebSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.lvzhi.accounts.Accounts accounts;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void anAnonymousVisitorIsSentToSignInForInternalPages() throws Exception {
		mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aForbiddenPageExplainsInChineseWithoutAStackTrace() throws Exception {
		mvc.perform(get("/admin/audit").with(user("deputy-x").roles("DEPUTY")))
			.andExpect(status().isForbidden());
		// The container forwards 403 to /error; MockMvc does not, so render the error page as it would.
		mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 403).with(user("deputy-x").roles("DEPUTY")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您没有权限访问此页面")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void theUsualSecurityHeadersAreSent() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/register").param("displayName", "无令牌注册").param("password", "Secret-pass-7")
			.param("passwordRepeat", "Secret-pass-7"))
			.andExpect(status().isForbidden());
		assertThat(registered("无令牌注册")).isZero();
		mvc.perform(post("/admin/accounts").session(new org.springframework.mock.web.MockHttpSession()).with(user("admin-x").roles("ADMIN")).param("username", "csrf-admin")
			.param("displayName", "甲").param("password", "Secret-pass-7").param("role", "PUBLIC"))
			.andExpect(status().isForbidden());
		assertThat(accounts.exists("csrf-admin")).isFalse();
		mvc.perform(AnonymousClient.fresh(mvc).post("/register", "/register").param("displayName", "有令牌注册")
			.param("password", "Secret-pass-7").param("passwordRepeat", "Secret-pass-7"))
			.andExpect(status().is3xxRedirection());
		assertThat(registered("有令牌注册")).isEqualTo(1);
	}

	private long registered(String displayName) {
		return jdbc.sql("SELECT COUNT(*) FROM accounts_account WHERE display_name = ?").param(displayName)
			.query(Long.class).single();
	}

	@Test
	void pagesAreChineseByDefaultAndEnglishOnRequest() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "en-US"))
			.andExpect(content().string(containsString("<title>登录</title>")));
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("<title>Sign in</title>")));
	}

	@Test
	void registrationRefusesAShortPasswordInTheUsersLanguageAndKeepsTheName() throws Exception {
		mvc.perform(AnonymousClient.fresh(mvc).post("/register", "/register").param("displayName", "短密码的人")
			.param("password", "abc").param("passwordRepeat", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码至少需要 8 个字符")))
			.andExpect(content().string(containsString("短密码的人")));
	}
}
