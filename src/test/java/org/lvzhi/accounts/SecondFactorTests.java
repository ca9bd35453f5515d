package org.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The second factor from the user's side: enrolling an authenticator app, signing in with its code
 * or a recovery code, each code once, and the roles that must enrol before anything else.
 */
@IntegrationTest
class SecondFactorTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final String PASSWORD = "Second-factor-42";

	@Autowired
	MockMvc mvc;
	@Autowired
	Accounts accounts;
	@Autowired
	AccountRepository repository;
	@Autowired
	SecondFactors secondFactors;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Clock clock;

	private final String client = AnonymousClient.newAddress();

	private String newAccount(Role role) {
		String username = "totp-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, PASSWORD, "动态码测试", role, role == Role.STAFF ? Office.RESEARCH.name() : null,
				null, null));
		return username;
	}

	private ResultActions password(MockHttpSession session, String username) throws Exception {
		return mvc.perform(post("/login").session(session).param("username", username).param("password", PASSWORD)
			.with(csrf()).with(AnonymousClient.from(client)));
	}

	private ResultActions code(MockHttpSession session, String code) throws Exception {
		return mvc.perform(post("/login/code").session(session).param("code", code).with(csrf())
			.with(AnonymousClient.from(client)));
	}

	private String now(String secret) {
		return Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()), 6);
	}

	/** Signs in with the password, enrols an app, and returns its secret and the recovery codes. */
	@SuppressWarnings("unchecked")
	private Enrolled enrol(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		password(session, username).andExpect(redirectedUrl("/"));
		String page = mvc.perform(get("/account/second-factor").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("data:image/png;base64,");
		String secret = (String) session.getAttribute(SecondFactorController.PENDING_SECRET);
		MvcResult enrolled = mvc.perform(post("/account/second-factor").session(session).param("code", now(secret))
			.with(csrf())).andExpect(redirectedUrl("/account/second-factor/codes")).andReturn();
		List<String> codes = (List<String>) enrolled.getFlashMap().get("recoveryCodes");
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		String shown = mvc.perform(get("/account/second-factor/codes").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains(codes.get(0));
		// Shown once: without the flash the page is gone.
		mvc.perform(get("/account/second-factor/codes").session(session)).andExpect(redirectedUrl("/account/second-factor"));
		return new Enrolled(secret, codes);
	}

	record Enrolled(String secret, List<String> recoveryCodes) {
	}

	@Test
	void anEnrolledUserSignsInWithTheCodeOfTheApp() throws Exception {
		String username = newAccount(Role.STAFF);
		Enrolled app = enrol(username);

		MockHttpSession session = new MockHttpSession();
		password(session, username).andExpect(unauthenticated()).andExpect(redirectedUrl("/login/code"));
		// Between the two steps nobody is signed in.
		mvc.perform(get("/inbox").session(session)).andExpect(status().is3xxRedirection());
		code(session, "000000".equals(now(app.secret())) ? "111111" : "000000").andExpect(status().isOk())
			.andExpect(unauthenticated());
		// The code that enrolled the app was used already; wait for a fresh one only if needed.
		String fresh = freshCode(username, app.secret());
		code(session, fresh).andExpect(authenticated().withUsername(username));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'accounts.secondFactor.enrolled' AND summary = ?")
			.param(username).query(Long.class).single()).isEqualTo(1);
	}

	/** A code the account has not used yet: the one of the next step when the current one was used. */
	private String freshCode(String username, String secret) {
		long id = repository.findByUsername(username).orElseThrow().id();
		long last = jdbc.sql("SELECT last_step FROM accounts_second_factor WHERE account_id = ?").param(id)
			.query(Long.class).single();
		long step = Math.max(Totp.step(clock.instant()), last + 1);
		return Totp.code(Totp.fromBase32(secret), step, 6);
	}

	@Test
	void aCodeIsAcceptedOnlyOnceEvenWithinItsThirtySeconds() throws Exception {
		String username = newAccount(Role.STAFF);
		Enrolled app = enrol(username);
		String code = freshCode(username, app.secret());

		MockHttpSession first = new MockHttpSession();
		password(first, username);
		code(first, code).andExpect(authenticated());

		MockHttpSession replay = new MockHttpSession();
		password(replay, username);
		code(replay, code).andExpect(unauthenticated());
	}

	@Test
	void aRecoveryCodeSignsInOnce() throws Exception {
		String username = newAccount(Role.PUBLIC);
		Enrolled app = enrol(username);
		String recovery = app.recoveryCodes().get(3).toUpperCase();

		MockHttpSession first = new MockHttpSession();
		password(first, username);
		code(first, recovery).andExpect(authenticated());

		MockHttpSession again = new MockHttpSession();
		password(again, username);
		code(again, recovery).andExpect(unauthenticated());
		long id = repository.findByUsername(username).orElseThrow().id();
		assertThat(secondFactors.recoveryCodesLeft(id)).isEqualTo(9);
	}

	@Test
	void wrongCodesAreCountedLikeWrongPasswords() throws Exception {
		String username = newAccount(Role.STAFF);
		Enrolled app = enrol(username);
		MockHttpSession session = new MockHttpSession();
		password(session, username);
		for (int i = 0; i < 5; i++) {
			code(session, "wrong-" + i).andExpect(unauthenticated());
		}
		code(session, freshCode(username, app.secret())).andExpect(redirectedUrl("/login?error=locked"));
	}

	@Test
	void anAccountWhoseRoleMustUseASecondFactorCanDoNothingElseBeforeItEnrols() throws Exception {
		String username = newAccount(Role.ADMIN);
		Account account = repository.findByUsername(username).orElseThrow();
		var policy = new AccountUserDetailsService(repository, secondFactors, new SecondFactorPolicy(Set.of(Role.ADMIN), "履职"));
		LvzhiPrincipal admin = policy.principal(account);
		assertThat(admin.mustEnrol()).isTrue();

		mvc.perform(get("/admin/accounts").with(user(admin))).andExpect(redirectedUrl("/account/second-factor"));
		mvc.perform(get("/account/second-factor").with(user(admin))).andExpect(status().isOk());
		// Roles outside the setting are not held back; the demo world requires none (application.yml).
		var demo = new AccountUserDetailsService(repository, secondFactors, new SecondFactorPolicy(Set.of(), "履职"));
		assertThat(demo.principal(account).mustEnrol()).isFalse();
	}
}
