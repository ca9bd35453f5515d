package org.lvzhi.accounts;

/**
 * What it takes to open an account.
 */
public record NewAccount(String username, String password, String displayName, Role role, String officeCode,
		Long personId, Long organizationId) {

	static final int MIN_PASSWORD_LENGTH = 8;

	void validate() {
		if (username == null || !username.matches("[A-Za-z0-9._-]{3,64}")) {
			throw new AccountException("accounts.error.username");
		}
		if (displayName == null || displayName.isBlank()) {
			throw new AccountException("accounts.error.displayName");
		}
		if (role == null) {
			throw new AccountException("accounts.error.role");
		}
		if (role == Role.STAFF && officeCode == null) {
			throw new AccountException("accounts.error.office");
		}
		requireStrong(password);
	}

	static void requireStrong(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.chars().noneMatch(Character::isDigit)
				|| password.chars().noneMatch(Character::isLetter)) {
			throw new AccountException("accounts.error.weakPassword", MIN_PASSWORD_LENGTH);
		}
	}
}
