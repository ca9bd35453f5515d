package org.lvzhi.accounts;

import java.time.OffsetDateTime;

/**
 * An account as others may see it: no password hash.
 *
 * @param lockedUntil until when failed sign-ins keep the account locked for some client, or {@code null}
 * @param secondFactor whether the account signs in with a one-time code besides the password
 */
public record AccountView(long id, String username, String displayName, String role, String officeCode,
		Long personId, Long organizationId, boolean enabled, OffsetDateTime lockedUntil, int version, String email,
		boolean secondFactor) {

	static AccountView of(Account a, OffsetDateTime lockedUntil, boolean secondFactor) {
		return new AccountView(a.id(), a.username(), a.displayName(), a.role(), a.officeCode(), a.personId(),
				a.organizationId(), a.enabled(), lockedUntil, a.version(), a.email(), secondFactor);
	}
}
