package org.lvzhi.petitions.web;

import org.lvzhi.petitions.handling.PetitionsOffice;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see petitions. The petitions office (信访局) runs them and alone sees the petitioners'
 * personal data. A handling body sees the matters routed to it, without personal data. Nobody
 * else, not even the administrator, opens a petition.
 */
@Component("petitionAccess")
class PetitionAccess {

	static final String OFFICE = PetitionsOffice.CODE;

	public boolean isOffice(Authentication user) {
		return PetitionsOffice.is(user);
	}

	public boolean isUnit(Authentication user) {
		return Roles.has(user, Roles.UNIT) && unit(user) != null;
	}

	static Long unit(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		return u == null ? null : u.organizationId();
	}
}
