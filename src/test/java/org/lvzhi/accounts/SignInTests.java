package org.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class SignInTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	/** Where this test's sign-ins come from: an address of its own, so that no other test's failures count. */
	private final String client = AnonymousClient.newAddress();

	private ResultActions signIn(String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(AnonymousClient.from(client)));
	}

	private String newStaffAccount(String password) {
		String username = "signin-" + SEQUENCE.incrementAndGet();
		accounts.open(new NewAccount(username, password, "测试人员", Role.STAFF, Office.RESEARCH.name(), null, null));
		return username;
	}

	@Test
	void signsInWithTheRightPasswordAndKeepsOnlyAnArgon2Hash() throws Exception {
		String username = newStaffAccount("Correct-horse-42");

		signIn(username, "Correct-horse-42")
			.andExpect(authenticated().withUsername(username).withRoles("STAFF"));

		String hash = jdbc.sql("SELECT password_hash FROM accounts_account WHERE username = ?")
			.param(username).query(String.class).single();
		assertThat(hash).startsWith("$argon2id$").doesNotContain("Correct-horse-42");
	}

	@Test
	void refusesAWrongPasswordWithoutSayingWhetherTheAccountExists() throws Exception {
		String username = newStaffAccount("Correct-horse-42");

		signIn(username, "wrong-password-1")
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
		signIn("nobody-" + username, "wrong-password-1")
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void locksTheAccountAfterFiveFailedSignInsEvenForTheRightPassword() throws Exception {
		String username = newStaffAccount("Correct-horse-42");
		for (int i = 0; i < 5; i++) {
			signIn(username, "guess-" + i).andExpect(unauthenticated());
		}

		signIn(username, "Correct-horse-42")
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=locked"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'accounts.account.locked' AND summary = ?")
			.param(username).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anAdministratorLiftsTheLockAndTheUserSignsInAgain() throws Exception {
		String username = newStaffAccount("Correct-horse-42");
		for (int i = 0; i < 5; i++) {
			signIn(username, "guess-" + i);
		}
		AccountView locked = accounts.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
		assertThat(locked.lockedUntil()).isNotNull();

		accounts.unlock(locked.id(), locked.version());

		signIn(username, "Correct-horse-42").andExpect(authenticated());
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		String username = newStaffAccount("Correct-horse-42");
		AccountView account = accounts.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();

		accounts.setEnabled(account.id(), false, account.version());

		signIn(username, "Correct-horse-42")
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=disabled"));
	}
}
