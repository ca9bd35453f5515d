package org.lvzhi.suggestions.bills;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with bills. The deputies' affairs commission and the general office run
 * the workflow; a deputy sees the bills she leads or was asked to sign; an organ sees only the
 * bills handed to it, a special committee the bills referred to it.
 */
@Component("billAccess")
class BillAccess {

	public boolean isOffice(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || (Roles.has(user, Roles.STAFF)
				&& (Roles.inOffice(user, "DEPUTY_AFFAIRS") || Roles.inOffice(user, "GENERAL_OFFICE")));
	}

	/** A deputy's account, or a committee member's: the standing committee is elected from among the deputies. */
	public boolean isDeputy(Authentication user) {
		return (Roles.has(user, Roles.DEPUTY) || Roles.has(user, Roles.MEMBER)) && person(user) != null;
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

	boolean canOpen(Authentication user, Bill b) {
		if (isOffice(user) && b.state() != BillState.DRAFTED) {
			return true;
		}
		PersonId person = person(user);
		if (isDeputy(user) && (b.leadDeputy().equals(person) || b.listsSigner(person))) {
			return true;
		}
		return isUnit(user) && (b.handedTo(unit(user)) || Long.valueOf(unit(user).value()).equals(b.committeeId()));
	}
}
