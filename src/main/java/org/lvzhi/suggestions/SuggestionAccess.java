package org.lvzhi.suggestions;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with suggestions, for {@code @PreAuthorize} expressions and pages. The
 * deputies' affairs commission runs the workflow; a deputy sees her own suggestions (drafts only
 * as lead deputy) and those she co-signed; a unit sees only what is assigned to it.
 */
@Component("suggestionAccess")
class SuggestionAccess {

	static final String DEPUTY_AFFAIRS = "DEPUTY_AFFAIRS";

	public boolean isOffice(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || (Roles.has(user, Roles.STAFF) && Roles.inOffice(user, DEPUTY_AFFAIRS));
	}

	public boolean isDeputy(Authentication user) {
		return Roles.has(user, Roles.DEPUTY) && person(user) != null;
	}

	public boolean isUnit(Authentication user) {
		return Roles.has(user, Roles.UNIT) && unit(user) != null;
	}

	static PersonId person(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		return u == null || u.personId() == null ? null : new PersonId(u.personId());
	}

	static OrganizationId unit(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		return u == null || u.organizationId() == null ? null : new OrganizationId(u.organizationId());
	}

	boolean canOpen(Authentication user, Suggestion s) {
		if (isOffice(user)) {
			return s.state() != SuggestionState.DRAFT;
		}
		PersonId person = person(user);
		if (isDeputy(user) && person != null) {
			return s.leadDeputy().equals(person)
					|| (s.state() != SuggestionState.DRAFT && s.coSigners().contains(person));
		}
		OrganizationId unit = unit(user);
		return isUnit(user) && s.assignmentOf(unit).isPresent();
	}
}
