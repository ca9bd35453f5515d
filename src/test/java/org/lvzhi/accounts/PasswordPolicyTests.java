package org.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Passwords after NIST SP 800-63B: long enough, not one of the passwords everybody tries first,
 * not built on the user name, and no rules about which kinds of characters to mix.
 */
@IntegrationTest
class PasswordPolicyTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	Accounts accounts;

	private long open(String password, Role role) {
		return accounts.open(new NewAccount("policy-" + SEQUENCE.incrementAndGet(), password, "密码测试", role,
				role == Role.STAFF ? Office.RESEARCH.name() : null, null, null));
	}

	private static void refusedAs(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(AccountException.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}

	@ParameterizedTest
	@ValueSource(strings = { "woaini1314", "qq123456", "a1234567", "password1", "Aa123456", "1qaz2wsx", "zxcvbnm123",
			"WOAINI1314" })
	void refusesPasswordsEverybodyTriesFirst(String common) {
		refusedAs(() -> open(common, Role.PUBLIC), "accounts.error.commonPassword");
	}

	@Test
	void refusesAPasswordBuiltOnTheUserName() {
		refusedAs(() -> accounts.open(new NewAccount("zhangwei-" + SEQUENCE.incrementAndGet(), "x-zhangwei-" + SEQUENCE.get()
				+ "-2024", "张伟", Role.PUBLIC, null, null, null)), "accounts.error.passwordHasUsername");
	}

	@Test
	void acceptsALongPassphraseWithoutDigitsOrCapitals() {
		assertThatCode(() -> open("taiyuan fenhe river in spring", Role.PUBLIC)).doesNotThrowAnyException();
		assertThatCode(() -> open("汾河两岸的柳树又绿了", Role.PUBLIC)).doesNotThrowAnyException();
	}

	@Test
	void acceptsPasswordsOfSixtyFourCharactersAndMore() {
		assertThatCode(() -> open("a-very-long-passphrase-".repeat(5), Role.PUBLIC)).doesNotThrowAnyException();
	}

	@Test
	void staffAndAdministratorsNeedTwelveCharactersTheirPublicEightIsNotEnough() {
		assertThatCode(() -> open("Kx9-mQ2v", Role.PUBLIC)).doesNotThrowAnyException();
		refusedAs(() -> open("Kx9-mQ2v", Role.STAFF), "accounts.error.shortPassword");
		refusedAs(() -> open("Kx9-mQ2v", Role.ADMIN), "accounts.error.shortPassword");
		refusedAs(() -> open("Kx9-mQ2", Role.PUBLIC), "accounts.error.shortPassword");
	}

	@Test
	void anAdministratorsResetFollowsTheSameRules() {
		long id = open("Reset-rules-pass-1", Role.PUBLIC);
		int version = accounts.find(id).orElseThrow().version();
		refusedAs(() -> accounts.resetPassword(id, "woaini1314", version), "accounts.error.commonPassword");
	}
}
