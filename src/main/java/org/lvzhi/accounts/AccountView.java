package org.lvzhi.accounts;

import java.time.OffsetDateTime;

/**
 * An account as others may see it: no password hash.
 */
public record AccountView(long id, String username, String displayName, String role, String officeCode,
		Long personId, Long organizationId, boolean enabled, OffsetDateTime lockedUntil, int version, String email) {

	static AccountView of(Account a) {
		return new AccountView(a.id(), a.username(), a.displayName(), a.role(), a.officeCode(), a.personId(),
				a.organizationId(), a.enabled(), a.lockedUntil(), a.version(), a.email());
	}
}
