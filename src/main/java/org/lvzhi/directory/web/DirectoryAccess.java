package org.lvzhi.directory.web;

import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the directory, named for {@code @PreAuthorize} expressions
 * ({@code @directoryAccess.canEdit(authentication)}) and for templates.
 */
@Component("directoryAccess")
public class DirectoryAccess {

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

	/*
	 * The pickers list names from the whole directory, so each path lets in exactly who may use the
	 * forms that call it, and nobody else: the rules below repeat those of the suggestion, liaison
	 * and oversight forms (SuggestionAccess, LiaisonAccess, OversightAccess).
	 */

	/** The suggestion and bill forms: the deputies' affairs office and administrators, and deputies and members. */
	public boolean mayPickForSuggestions(Authentication user) {
		SignedInUser signedIn = SignedInUser.of(user);
		return deputyAffairs(user) || ((Roles.has(user, Roles.DEPUTY) || Roles.has(user, Roles.MEMBER))
				&& signedIn != null && signedIn.personId() != null);
	}

	/** The liaison office's station forms: the deputies' affairs office and administrators. */
	public boolean mayPickForLiaison(Authentication user) {
		return deputyAffairs(user);
	}

	/** The inquiry forms: staff and administrators. */
	public boolean mayPickForOversight(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || Roles.has(user, Roles.STAFF);
	}

	/**
	 * The sittings' forms (who attends without a vote): the general office, which runs the
	 * sittings, and administrators.
	 */
	public boolean mayPickForMeetings(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || (Roles.has(user, Roles.STAFF) && Roles.inOffice(user, GENERAL_OFFICE));
	}

	private static boolean deputyAffairs(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || (Roles.has(user, Roles.STAFF) && Roles.inOffice(user, DEPUTY_AFFAIRS));
	}
}
