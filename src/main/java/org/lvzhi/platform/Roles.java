package org.lvzhi.platform;

import java.util.Collection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Role names used in security rules across modules. The accounts module grants them; other
 * modules only test for them.
 */
public final class Roles {

	public static final String ADMIN = "ADMIN";
	public static final String STAFF = "STAFF";
	public static final String MEMBER = "MEMBER";
	public static final String DEPUTY = "DEPUTY";
	public static final String UNIT = "UNIT";
	public static final String PUBLIC = "PUBLIC";

	/** Authority prefix for the office a staff account works in, e.g. {@code OFFICE_DEPUTY_AFFAIRS}. */
	public static final String OFFICE_PREFIX = "OFFICE_";

	private Roles() {
	}

	public static boolean has(Authentication user, String role) {
		return user != null && hasAuthority(user.getAuthorities(), "ROLE_" + role);
	}

	public static boolean inOffice(Authentication user, String officeCode) {
		return user != null && hasAuthority(user.getAuthorities(), OFFICE_PREFIX + officeCode);
	}

	private static boolean hasAuthority(Collection<? extends GrantedAuthority> authorities, String name) {
		return authorities.stream().anyMatch(a -> name.equals(a.getAuthority()));
	}
}
