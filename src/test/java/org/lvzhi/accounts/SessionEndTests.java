package org.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A session ends when its account is disabled or its password is reset or changed, on every
 * browser it is open in; a user changes the own password on a page of the own.
 */
@IntegrationTest
class SessionEndTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final String PASSWORD = "Session-pass-42";

	@Autowired
	MockMvc mvc;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;

	private long newAccount() {
		return accounts.open(new NewAccount("session-" + SEQUENCE.incrementAndGet(), PASSWORD, "会话测试", Role.STAFF,
				Office.RESEARCH.name(), null, null));
	}

	private String username(long id) {
		return accounts.find(id).orElseThrow().username();
	}

	private MockHttpSession signIn(long id, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).param("username", username(id)).param("password", password)
			.with(csrf()).with(AnonymousClient.from(AnonymousClient.newAddress())))
			.andExpect(redirectedUrl("/"));
		return session;
	}

	private void stillSignedIn(MockHttpSession session) throws Exception {
		mvc.perform(get("/inbox").session(session)).andExpect(status().isOk());
	}

	private void signedOut(MockHttpSession session) throws Exception {
		mvc.perform(get("/inbox").session(session)).andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login"));
	}

	@Test
	void disablingAnAccountEndsItsOpenSessions() throws Exception {
		long id = newAccount();
		MockHttpSession session = signIn(id, PASSWORD);
		stillSignedIn(session);

		accounts.setEnabled(id, false, accounts.find(id).orElseThrow().version());

		signedOut(session);
	}

	@Test
	void anAdministratorsPasswordResetEndsTheOpenSessions() throws Exception {
		long id = newAccount();
		MockHttpSession session = signIn(id, PASSWORD);

		accounts.resetPassword(id, "Reset-by-admin-77", accounts.find(id).orElseThrow().version());

		signedOut(session);
		signIn(id, "Reset-by-admin-77");
	}

	@Test
	void aUserChangesTheOwnPasswordAndTheOtherSessionsEnd() throws Exception {
		long id = newAccount();
		MockHttpSession here = signIn(id, PASSWORD);
		MockHttpSession elsewhere = signIn(id, PASSWORD);

		mvc.perform(get("/account/password").session(here)).andExpect(status().isOk());
		mvc.perform(post("/account/password").session(here).with(csrf()).param("current", PASSWORD)
			.param("password", "Changed-by-me-88").param("passwordRepeat", "Changed-by-me-88"))
			.andExpect(status().is3xxRedirection());

		stillSignedIn(here);
		signedOut(elsewhere);
		signIn(id, "Changed-by-me-88");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'accounts.account.passwordChanged' AND subject_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theOwnPasswordIsOnlyChangedWithTheCurrentOne() throws Exception {
		long id = newAccount();
		MockHttpSession here = signIn(id, PASSWORD);

		String page = mvc.perform(post("/account/password").session(here).with(csrf()).param("current", "wrong-current-1")
			.param("password", "Changed-by-me-88").param("passwordRepeat", "Changed-by-me-88"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("当前密码不正确");
		stillSignedIn(here);
		signIn(id, PASSWORD);
	}
}
