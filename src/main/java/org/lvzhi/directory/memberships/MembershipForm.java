package org.lvzhi.directory.memberships;

import java.time.LocalDate;

import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.NewMembership;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.springframework.format.annotation.DateTimeFormat;

/** The add-membership form as submitted. */
record MembershipForm(Long organizationId, MembershipRole role, String label, Integer term, String constituency,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate) {

	NewMembership toNew(PersonId person) {
		return new NewMembership(person, organizationId == null ? null : new OrganizationId(organizationId), role, label,
				term, constituency, startDate, endDate);
	}
}
