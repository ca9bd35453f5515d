package org.lvzhi.directory;

import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the directory, named for {@code @PreAuthorize} expressions
 * ({@code @directoryAccess.canEdit(authentication)}) and for templates.
 */
@Component("directoryAccess")
class DirectoryAccess {

	static final String DEPUTY_AFFAIRS = "DEPUTY_AFFAIRS";
	static final String GENERAL_OFFICE = "GENERAL_OFFICE";

	/** Staff, committee members and administrators read lists and pages. */
	public boolean canRead(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || Roles.has(user, Roles.STAFF) || Roles.has(user, Roles.MEMBER);
	}

	/**
	 * Administrators and the staff of the deputies' affairs commission and the general office keep
	 * the directory, and so they alone see personal data.
	 */
	public boolean canEdit(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || (Roles.has(user, Roles.STAFF)
				&& (Roles.inOffice(user, DEPUTY_AFFAIRS) || Roles.inOffice(user, GENERAL_OFFICE)));
	}

	public boolean canSeePersonalData(Authentication user) {
		return canEdit(user);
	}

	/** Readers open every person page; a deputy opens her own only. */
	public boolean canOpenPerson(Authentication user, long personId) {
		if (canRead(user)) {
			return true;
		}
		SignedInUser signedIn = SignedInUser.of(user);
		return Roles.has(user, Roles.DEPUTY) && signedIn != null && signedIn.personId() != null
				&& signedIn.personId() == personId;
	}

	/** The Popolo document is for staff and administrators. */
	public boolean canExportPopolo(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || Roles.has(user, Roles.STAFF);
	}
}
