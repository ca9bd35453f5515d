package org.lvzhi.appointments.rules;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with appointments: the general office (办公厅) and the deputy affairs commission
 * (代表工委, which serves the personnel matters) handle motions, the administrator may stand in;
 * members of the standing committee read the motions and the nominees' records before they vote.
 * Other staff, units, deputies and the public see only the published lists.
 */
@Component("appointmentsAccess")
public class AppointmentsAccess {

	private static final java.util.Set<String> OFFICES = java.util.Set.of("GENERAL_OFFICE", "DEPUTY_AFFAIRS");

	private final Directory directory;
	private final Deadlines deadlines;

	AppointmentsAccess(Directory directory, Deadlines deadlines) {
		this.directory = directory;
		this.deadlines = deadlines;
	}

	public boolean isOffice(Authentication user) {
		return Roles.has(user, Roles.ADMIN)
				|| (Roles.has(user, Roles.STAFF) && OFFICES.stream().anyMatch(o -> Roles.inOffice(user, o)));
	}

	/** A member account, or the account of a person who sits on the standing committee today. */
	public boolean isMember(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		if (u == null || u.personId() == null) {
			return false;
		}
		return Roles.has(user, Roles.MEMBER)
				|| directory.standingCommitteeMembersOn(deadlines.today()).contains(new PersonId(u.personId()));
	}

	public boolean isReader(Authentication user) {
		return isOffice(user) || isMember(user);
	}
}
