package org.lvzhi.accounts;

import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A sign-in account. The password is only ever held as a hash. The session epoch counts the events
 * that end the account's open sessions (disabled, password reset or changed): a session signed in
 * under an older epoch is over ({@link SessionEpochFilter}).
 */
@Table("accounts_account")
record Account(@Id Long id, String username, String passwordHash, String displayName, String role,
		String officeCode, Long personId, Long organizationId, boolean enabled, OffsetDateTime createdAt, String email,
		int sessionEpoch, @Version int version) {

	/** Enabled or disabled; disabling ends every open session. */
	Account withEnabled(boolean value) {
		return new Account(id, username, passwordHash, displayName, role, officeCode, personId, organizationId, value,
				createdAt, email, value ? sessionEpoch : sessionEpoch + 1, version);
	}

	/** The same account with every open session ended. */
	Account endingSessions() {
		return new Account(id, username, passwordHash, displayName, role, officeCode, personId, organizationId, enabled,
				createdAt, email, sessionEpoch + 1, version);
	}

	/** A new password; every session open under the old one ends. */
	Account withPasswordHash(String hash) {
		return new Account(id, username, hash, displayName, role, officeCode, personId, organizationId, enabled,
				createdAt, email, sessionEpoch + 1, version);
	}

	Account withEmail(String address) {
		return new Account(id, username, passwordHash, displayName, role, officeCode, personId, organizationId, enabled,
				createdAt, address, sessionEpoch, version);
	}

	Role roleValue() {
		return Role.valueOf(role);
	}

	/** What the audit log keeps of an account: never the password hash. */
	AccountSnapshot snapshot() {
		return new AccountSnapshot(username, displayName, role, officeCode, personId, organizationId, enabled, email);
	}

	record AccountSnapshot(String username, String displayName, String role, String officeCode, Long personId,
			Long organizationId, boolean enabled, String email) {
	}
}
