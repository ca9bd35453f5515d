package org.lvzhi.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in account. Authorities are the role ({@code ROLE_STAFF})
 * and, for staff, the office ({@code OFFICE_DEPUTY_AFFAIRS}). It remembers the account's session
 * epoch at sign-in, whether the account asks for a one-time code, and whether it must enrol one
 * before it may do anything else.
 */
final class LvzhiPrincipal implements UserDetails, SignedInUser, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Account account;
	private final boolean secondFactor;
	private final boolean mustEnrol;

	LvzhiPrincipal(Account account, boolean secondFactor, boolean mustEnrol) {
		this.account = account;
		this.secondFactor = secondFactor;
		this.mustEnrol = mustEnrol;
	}

	/** The same account once it has enrolled a second factor. */
	LvzhiPrincipal enrolled() {
		return new LvzhiPrincipal(account, true, false);
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
	public boolean isEnabled() {
		return account.enabled();
	}

	int sessionEpoch() {
		return account.sessionEpoch();
	}

	Role role() {
		return account.roleValue();
	}

	boolean hasSecondFactor() {
		return secondFactor;
	}

	boolean mustEnrol() {
		return mustEnrol;
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
