package org.lvzhi.accounts;

import java.util.Collection;
import java.util.List;

import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in account. Authorities are the role ({@code ROLE_STAFF})
 * and, for staff, the office ({@code OFFICE_DEPUTY_AFFAIRS}).
 */
final class LvzhiPrincipal implements UserDetails, SignedInUser {

	private final Account account;
	private final boolean locked;

	LvzhiPrincipal(Account account, boolean locked) {
		this.account = account;
		this.locked = locked;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		var role = new SimpleGrantedAuthority("ROLE_" + account.role());
		if (account.officeCode() == null) {
			return List.of(role);
		}
		return List.of(role, new SimpleGrantedAuthority(Roles.OFFICE_PREFIX + account.officeCode()));
	}

	@Override
	public String getPassword() {
		return account.passwordHash();
	}

	@Override
	public String getUsername() {
		return account.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return account.enabled();
	}

	@Override
	public long accountId() {
		return account.id();
	}

	@Override
	public String displayName() {
		return account.displayName();
	}

	@Override
	public Long personId() {
		return account.personId();
	}

	@Override
	public Long organizationId() {
		return account.organizationId();
	}

	@Override
	public String officeCode() {
		return account.officeCode();
	}

	@Override
	public String toString() {
		return account.username();
	}
}
