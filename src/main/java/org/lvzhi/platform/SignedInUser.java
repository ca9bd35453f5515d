package org.lvzhi.platform;

import org.springframework.security.core.Authentication;

/**
 * What modules may know of the signed-in user to scope data: the directory person behind a deputy
 * or committee member account, the organization behind a handling-unit account, the office of a
 * staff account. The accounts module provides the implementation as the security principal.
 */
public interface SignedInUser {

	long accountId();

	String displayName();

	/** The directory person (deputy, committee member), or {@code null}. */
	Long personId();

	/** The directory organization (handling unit), or {@code null}. */
	Long organizationId();

	/** The office code of a staff account, or {@code null}. */
	String officeCode();

	/** The signed-in user behind an authentication, or {@code null} for anonymous visitors. */
	static SignedInUser of(Authentication auth) {
		return auth != null && auth.getPrincipal() instanceof SignedInUser u ? u : null;
	}
}
