package org.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	private String newStaffAccount(String password) {
		String username = "signin-" + SEQUENCE.incrementAndGet();
		accounts.open(new NewAccount(username, password, "测试人员", Role.STAFF, Office.RESEARCH.name(), null, null));
		return username;
	}

	@Test
	void signsInWithTheRightPasswordAndKeepsOnlyAnArgon2Hash() throws Exception {
		String username = newStaffAccount("Correct-horse-42");

		mvc.perform(formLogin().user(username).password("Correct-horse-42"))
			.andExpect(authenticated().withUsername(username).withRoles("STAFF"));

		String hash = jdbc.sql("SELECT password_hash FROM accounts_account WHERE username = ?")
			.param(username).query(String.class).single();
		assertThat(hash).startsWith("$argon2id$").doesNotContain("Correct-horse-42");
	}

	@Test
	void refusesAWrongPasswordWithoutSayingWhetherTheAccountExists() throws Exception {
		String username = newStaffAccount("Correct-horse-42");

		mvc.perform(formLogin().user(username).password("wrong-password-1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
		mvc.perform(formLogin().user("nobody-" + username).password("wrong-password-1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void locksTheAccountAfterFiveFailedSignInsEvenForTheRightPassword() throws Exception {
		String username = newStaffAccount("Correct-horse-42");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(username).password("guess-" + i)).andExpect(unauthenticated());
		}

		mvc.perform(formLogin().user(username).password("Correct-horse-42"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=locked"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'accounts.account.locked' AND summary = ?")
			.param(username).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anAdministratorLiftsTheLockAndTheUserSignsInAgain() throws Exception {
		String username = newStaffAccount("Correct-horse-42");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(username).password("guess-" + i));
		}
		AccountView locked = accounts.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
		assertThat(locked.lockedUntil()).isNotNull();

		accounts.unlock(locked.id(), locked.version());

		mvc.perform(formLogin().user(username).password("Correct-horse-42")).andExpect(authenticated());
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		String username = newStaffAccount("Correct-horse-42");
		AccountView account = accounts.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();

		accounts.setEnabled(account.id(), false, account.version());

		mvc.perform(formLogin().user(username).password("Correct-horse-42"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=disabled"));
	}
}
