package org.lvzhi.oversight.inspections;

import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with inspections: office staff run them, committee members read them, and a
 * handling unit sees only the problems assigned to its own organization.
 */
@Component("inspectionAccess")
public class InspectionAccess {

	public boolean isStaff(Authentication user) {
		return Roles.has(user, Roles.STAFF) || Roles.has(user, Roles.ADMIN);
	}

	public boolean canRead(Authentication user) {
		return isStaff(user) || Roles.has(user, Roles.MEMBER);
	}

	public boolean isUnit(Authentication user) {
		return Roles.has(user, Roles.UNIT) && unit(user) != null;
	}

	public boolean canReadProblems(Authentication user) {
		return canRead(user) || isUnit(user);
	}

	/** The signed-in unit's organization, or {@code null}. */
	public static Long unit(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		return u == null ? null : u.organizationId();
	}
}
