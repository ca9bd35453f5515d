package org.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Failed sign-ins hold back the one who fails: an account is locked for the address the guesses
 * came from, never for everybody, every failure is counted even when they arrive together, and
 * the answers tell nobody whether a user name exists.
 */
@IntegrationTest
class SignInThrottleTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final String PASSWORD = "Correct-horse-42";

	@Autowired
	MockMvc mvc;
	@Autowired
	Accounts accounts;

	private String newAccount(Role role) {
		String username = "throttle-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, PASSWORD, "节流测试", role, role == Role.STAFF ? Office.RESEARCH.name() : null,
				null, null));
		return username;
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(AnonymousClient.from(address)));
	}

	@Test
	void guessesFromOneAddressDoNotLockTheAdministratorOutElsewhere() throws Exception {
		String admin = newAccount(Role.ADMIN);
		String attacker = AnonymousClient.newAddress();
		for (int i = 0; i < 6; i++) {
			signIn(admin, "guess-" + i, attacker);
		}
		signIn(admin, PASSWORD, attacker).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=locked"));

		signIn(admin, PASSWORD, AnonymousClient.newAddress()).andExpect(authenticated().withUsername(admin));
	}

	@Test
	void fiveFailedSignInsArrivingTogetherAreAllCounted() throws Exception {
		for (int round = 0; round < 3; round++) {
			String username = newAccount(Role.STAFF);
			String address = AnonymousClient.newAddress();
			ExecutorService pool = Executors.newFixedThreadPool(5);
			CountDownLatch start = new CountDownLatch(1);
			try {
				List<Future<?>> attempts = new ArrayList<>();
				for (int i = 0; i < 5; i++) {
					int n = i;
					attempts.add(pool.submit(() -> {
						start.await();
						return signIn(username, "parallel-guess-" + n, address);
					}));
				}
				start.countDown();
				for (Future<?> attempt : attempts) {
					attempt.get();
				}
			}
			finally {
				pool.shutdown();
			}
			signIn(username, PASSWORD, address).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=locked"));
		}
	}

	@Test
	void anAddressGuessingAcrossManyAccountsIsHeldBackForAllOfThem() throws Exception {
		String address = AnonymousClient.newAddress();
		for (int i = 0; i < 25; i++) {
			signIn("sprayed-" + i + "-" + System.nanoTime(), "Spray-pass-" + i, address);
		}
		String victim = newAccount(Role.PUBLIC);
		signIn(victim, PASSWORD, address).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=locked"));
		signIn(victim, PASSWORD, AnonymousClient.newAddress()).andExpect(authenticated());
	}

	@Test
	void anUnknownNameIsAnsweredLikeAnExistingOneAlsoWhenLocked() throws Exception {
		String known = newAccount(Role.STAFF);
		String unknown = "nobody-" + System.nanoTime();
		String address = AnonymousClient.newAddress();
		for (int i = 0; i < 5; i++) {
			signIn(known, "guess-" + i, address).andExpect(redirectedUrl("/login?error=bad"));
			signIn(unknown, "guess-" + i, address).andExpect(redirectedUrl("/login?error=bad"));
		}
		signIn(known, "guess-x", address).andExpect(redirectedUrl("/login?error=locked"));
		signIn(unknown, "guess-x", address).andExpect(redirectedUrl("/login?error=locked"));
	}

	@Test
	void aDisabledAccountIsOnlyNamedToWhoeverKnowsItsPassword() throws Exception {
		String username = newAccount(Role.STAFF);
		AccountView account = accounts.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
		accounts.setEnabled(account.id(), false, account.version());

		signIn(username, "not-the-password", AnonymousClient.newAddress()).andExpect(redirectedUrl("/login?error=bad"));
		signIn(username, PASSWORD, AnonymousClient.newAddress()).andExpect(redirectedUrl("/login?error=disabled"));
	}
}
