package org.lvzhi.meetings.rules;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with sittings: the general office (办公厅) plans and runs them, the administrator
 * may stand in; members of the standing committee and other staff read them; members vote.
 */
@Component("meetingsAccess")
public class MeetingsAccess {

	public static final String OFFICE = "GENERAL_OFFICE";

	private final Directory directory;
	private final Deadlines deadlines;

	MeetingsAccess(Directory directory, Deadlines deadlines) {
		this.directory = directory;
		this.deadlines = deadlines;
	}

	public boolean isOffice(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || (Roles.has(user, Roles.STAFF) && Roles.inOffice(user, OFFICE));
	}

	/**
	 * A member account, or any account of a person who sits on the standing committee today: a
	 * member who signs in with her deputy's account gets the sitting notices and must open them.
	 */
	public boolean isMember(Authentication user) {
		Long person = person(user);
		if (person == null) {
			return false;
		}
		return Roles.has(user, Roles.MEMBER)
				|| directory.standingCommitteeMembersOn(deadlines.today()).contains(new PersonId(person));
	}

	public boolean isReader(Authentication user) {
		return isOffice(user) || Roles.has(user, Roles.STAFF) || isMember(user);
	}

	public static Long person(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		return u == null ? null : u.personId();
	}
}
