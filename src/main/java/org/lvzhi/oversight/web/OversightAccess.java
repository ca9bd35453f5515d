package org.lvzhi.oversight.web;

import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in oversight: office staff run the workflows; committee members read the
 * reports and vote; a handling unit (the organ under oversight) sees only what is addressed to it.
 */
@Component("oversightAccess")
public class OversightAccess {

	public boolean isStaff(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || Roles.has(user, Roles.STAFF);
	}

	public boolean isMember(Authentication user) {
		return Roles.has(user, Roles.MEMBER) && person(user) != null;
	}

	public boolean isUnit(Authentication user) {
		return Roles.has(user, Roles.UNIT) && unit(user) != null;
	}

	/**
	 * Staff and committee members read every record of oversight (members deliberate them); only
	 * staff change them.
	 */
	public boolean readsAll(Authentication user) {
		return isStaff(user) || isMember(user);
	}

	/** Staff and members read every report; a unit reads the ones of its own organization. */
	public boolean isReader(Authentication user) {
		return isStaff(user) || isMember(user) || isUnit(user);
	}

	public boolean canRead(Authentication user, long organId) {
		return isStaff(user) || isMember(user) || (isUnit(user) && unit(user) == organId);
	}

	public static Long person(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		return u == null ? null : u.personId();
	}

	public static Long unit(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		return u == null ? null : u.organizationId();
	}
}
