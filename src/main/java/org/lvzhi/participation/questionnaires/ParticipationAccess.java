package org.lvzhi.participation.questionnaires;

import org.lvzhi.platform.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with questionnaires: the general office (办公厅) writes and runs them and reads
 * every answer, the administrator may stand in; committee members and other staff read results;
 * anybody answers through the public pages.
 */
@Component("participationAccess")
public class ParticipationAccess {

	public static final String OFFICE = "GENERAL_OFFICE";

	public boolean isOffice(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || (Roles.has(user, Roles.STAFF) && Roles.inOffice(user, OFFICE));
	}

	/** Reads results (not the single answers' export): the office, other staff and committee members. */
	public boolean isReader(Authentication user) {
		return isOffice(user) || Roles.has(user, Roles.STAFF) || Roles.has(user, Roles.MEMBER);
	}
}
