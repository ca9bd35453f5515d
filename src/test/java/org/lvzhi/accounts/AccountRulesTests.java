package org.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.audit.AuditEntry;
import org.lvzhi.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AccountRulesTests {

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Test
	void openingAnAccountIsAuditedWithoutThePassword() {
		long id = accounts.open(new NewAccount("rules-audited", "Secret-pass-7", "审计测试", Role.PUBLIC, null, null, null));

		var history = audit.historyOf("Account", String.valueOf(id));
		assertThat(history).extracting(AuditEntry::action).containsExactly("accounts.account.opened");
		assertThat(history.get(0).after()).contains("rules-audited").doesNotContain("Secret-pass-7").doesNotContain("argon2");
		assertThat(history.get(0).before()).isNull();
	}

	@Test
	void refusesATakenUsername() {
		accounts.open(new NewAccount("rules-taken", "Secret-pass-7", "甲", Role.PUBLIC, null, null, null));

		assertThatThrownBy(() -> accounts.open(new NewAccount("rules-taken", "Secret-pass-8", "乙", Role.PUBLIC, null, null, null)))
			.isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("accounts.error.usernameTaken"));
	}

	@Test
	void refusesShortPasswordsAndStaffWithoutAnOffice() {
		assertThatThrownBy(() -> accounts.open(new NewAccount("rules-weak", "short1", "甲", Role.PUBLIC, null, null, null)))
			.isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("accounts.error.shortPassword"));
		assertThatThrownBy(() -> accounts.open(new NewAccount("rules-nooffice", "Secret-pass-7", "甲", Role.STAFF, null, null, null)))
			.isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("accounts.error.office"));
	}

	@Test
	void theDemoWorldsPublishedPasswordsAreTakenAsTheyAreAndSaidSoInTheAuditLog() {
		long id = accounts.openWithPublishedPassword(new NewAccount("rules-demo", "rules-demo2023", "演示", Role.ADMIN, null,
				null, null));

		assertThat(audit.historyOf("Account", String.valueOf(id))).extracting(AuditEntry::action)
			.containsExactly("accounts.account.openedWithPublishedPassword");
	}

	@Test
	void aStaleVersionCannotOverwriteANewerChange() {
		long id = accounts.open(new NewAccount("rules-stale", "Secret-pass-7", "并发", Role.PUBLIC, null, null, null));
		int version = accounts.find(id).orElseThrow().version();
		accounts.setEnabled(id, false, version);

		assertThatThrownBy(() -> accounts.setEnabled(id, true, version))
			.isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
		assertThat(accounts.find(id).orElseThrow().enabled()).isFalse();
	}
}
