package org.lvzhi.accounts;

/**
 * What it takes to open an account. The password must satisfy the password policy.
 */
public record NewAccount(String username, String password, String displayName, Role role, String officeCode,
		Long personId, Long organizationId) {

	void validate() {
		if (username == null || !username.matches("[A-Za-z0-9._-]{3,64}")) {
			throw new AccountException("accounts.error.username");
		}
		if (displayName == null || displayName.isBlank()) {
			throw new AccountException("accounts.error.displayName");
		}
		if (displayName.length() > 100) {
			throw new AccountException("accounts.error.displayNameLong", 100);
		}
		if (role == null) {
			throw new AccountException("accounts.error.role");
		}
		if (role == Role.STAFF && officeCode == null) {
			throw new AccountException("accounts.error.office");
		}
	}
}
