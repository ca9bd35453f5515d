package org.lvzhi.directory;

import java.time.LocalDate;

/**
 * What adding a membership takes. Start date, person, body and role are required; an end date,
 * when given, must not be before the start date.
 */
public record NewMembership(PersonId personId, OrganizationId organizationId, MembershipRole role, String label,
		Integer term, String constituency, LocalDate startDate, LocalDate endDate) {
}
