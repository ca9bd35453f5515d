package org.lvzhi.notifications;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lvzhi.accounts.AccountView;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who reads the inbox: the account that keeps the read marks, and every recipient key that
 * addresses it. Only a signed-in account has an inbox; anybody else reads an empty one.
 */
record Reader(long accountId, List<String> keys) {

	static final Reader NOBODY = new Reader(-1, List.of());

	static Reader of(Authentication auth) {
		SignedInUser user = SignedInUser.of(auth);
		if (user == null) {
			return NOBODY;
		}
		Set<String> keys = new LinkedHashSet<>();
		keys.add(Recipients.account(user.accountId()));
		if (user.personId() != null) {
			keys.add(Recipients.person(user.personId()));
		}
		if (user.organizationId() != null) {
			keys.add(Recipients.organization(user.organizationId()));
		}
		if (user.officeCode() != null) {
			keys.add(Recipients.office(user.officeCode()));
		}
		for (GrantedAuthority authority : auth.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				keys.add(Recipients.role(name.substring(5)));
			}
		}
		return new Reader(user.accountId(), List.copyOf(keys));
	}

	/** The reader an account is, without signing it in: for the daily digest. */
	static Reader ofAccount(AccountView account) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(Recipients.account(account.id()));
		if (account.personId() != null) {
			keys.add(Recipients.person(account.personId()));
		}
		if (account.organizationId() != null) {
			keys.add(Recipients.organization(account.organizationId()));
		}
		if (account.officeCode() != null) {
			keys.add(Recipients.office(account.officeCode()));
		}
		keys.add(Recipients.role(account.role()));
		return new Reader(account.id(), List.copyOf(keys));
	}

	boolean isNobody() {
		return keys.isEmpty();
	}
}
