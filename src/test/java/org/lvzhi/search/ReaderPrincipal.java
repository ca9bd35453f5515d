package org.lvzhi.search;

import java.util.Collection;
import java.util.List;

import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in user as the accounts module would provide one, for the web tests. */
record ReaderPrincipal(String role, Long personId, Long organizationId) implements UserDetails, SignedInUser {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role));
	}

	@Override
	public String getPassword() {
		return "";
	}

	@Override
	public String getUsername() {
		return "search-test-" + role.toLowerCase();
	}

	@Override
	public long accountId() {
		return -1;
	}

	@Override
	public String displayName() {
		return "检索测试用户";
	}

	@Override
	public String officeCode() {
		return null;
	}
}
