package org.lvzhi.dutyrecords;

import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see which duty record, for {@code @PreAuthorize} expressions: a deputy her own, the
 * deputies' affairs office (代表工委) and administrators anyone's. Units and the public see totals
 * on the public page only, never the lines.
 */
@Component("dutyAccess")
class DutyAccess {

	static final String DEPUTY_AFFAIRS = "DEPUTY_AFFAIRS";

	public boolean isOffice(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || (Roles.has(user, Roles.STAFF) && Roles.inOffice(user, DEPUTY_AFFAIRS));
	}

	public boolean isDeputy(Authentication user) {
		return Roles.has(user, Roles.DEPUTY) && person(user) != null;
	}

	static PersonId person(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		return u == null || u.personId() == null ? null : new PersonId(u.personId());
	}
}
