package org.lvzhi.accounts;

import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A sign-in account. The password is only ever held as a hash.
 */
@Table("accounts_account")
record Account(@Id Long id, String username, String passwordHash, String displayName, String role,
		String officeCode, Long personId, Long organizationId, boolean enabled, int failedLogins,
		OffsetDateTime lockedUntil, OffsetDateTime createdAt, String email, @Version int version) {

	boolean lockedAt(OffsetDateTime now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	Account withFailedLogins(int failed, OffsetDateTime lockUntil) {
		return new Account(id, username, passwordHash, displayName, role, officeCode, personId, organizationId, enabled,
				failed, lockUntil, createdAt, email, version);
	}

	Account withEnabled(boolean value) {
		return new Account(id, username, passwordHash, displayName, role, officeCode, personId, organizationId, value,
				failedLogins, lockedUntil, createdAt, email, version);
	}

	Account withPasswordHash(String hash) {
		return new Account(id, username, hash, displayName, role, officeCode, personId, organizationId, enabled,
				failedLogins, lockedUntil, createdAt, email, version);
	}

	Account withEmail(String address) {
		return new Account(id, username, passwordHash, displayName, role, officeCode, personId, organizationId, enabled,
				failedLogins, lockedUntil, createdAt, address, version);
	}

	/** What the audit log keeps of an account: never the password hash. */
	AccountSnapshot snapshot() {
		return new AccountSnapshot(username, displayName, role, officeCode, personId, organizationId, enabled,
				failedLogins, lockedUntil, email);
	}

	record AccountSnapshot(String username, String displayName, String role, String officeCode, Long personId,
			Long organizationId, boolean enabled, int failedLogins, OffsetDateTime lockedUntil, String email) {
	}
}
