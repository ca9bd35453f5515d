package org.lvzhi.appointments.motions;

import java.time.LocalDate;

import org.lvzhi.appointments.AppointmentKind;
import org.lvzhi.directory.MembershipRole;

/**
 * A nomination as stored. The totals are the vote's, as the voting service closed it; no ballot
 * and no voter is kept here.
 */
record NominationRow(long id, long motionId, int position, AppointmentKind kind, long personId, long organizationId,
		MembershipRole role, String label, String record, String statement, NominationState state, Integer yesVotes,
		Integer noVotes, Integer abstentions, Integer allMembers, LocalDate votedOn, Long membershipId,
		Integer letterYear, Integer letterSeq, String letterNumber, LocalDate letterOn, LocalDate oathOn,
		String oathWitnesses, String oathText, int version) {

	/** The title the membership carries: an acting appointment is 代理 of the post. */
	String heldLabel() {
		return kind == AppointmentKind.ACTING ? "代理" + label : label;
	}

	String link() {
		return "/appointments/nominations/" + id;
	}
}
