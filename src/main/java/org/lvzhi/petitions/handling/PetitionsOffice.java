package org.lvzhi.petitions.handling;

import org.lvzhi.platform.Roles;
import org.springframework.security.core.Authentication;

/**
 * The one test of who works in the petitions office (信访局), the only readers of petitioners'
 * personal data and of petitions' own pages.
 */
public final class PetitionsOffice {

	/** The office's code, as staff accounts carry it. */
	public static final String CODE = "PETITIONS";

	private PetitionsOffice() {
	}

	public static boolean is(Authentication user) {
		return Roles.has(user, Roles.STAFF) && Roles.inOffice(user, CODE);
	}
}
