package org.lvzhi.directory;

import java.time.LocalDate;

/**
 * A person's membership of a body, with both names resolved.
 *
 * @param label the title held, e.g. 市长, or {@code null} for the role's default
 * @param constituency the electoral district (选区) of a deputy, or {@code null}
 * @param endDate {@code null} while the membership lasts
 */
public record MembershipView(MembershipId id, PersonId personId, String personName, OrganizationId organizationId,
		String organizationName, Classification classification, DeputyLevel level, MembershipRole role, String label,
		Integer term, String constituency, LocalDate startDate, LocalDate endDate, int version) {

	/** Whether the membership lasts on the given day. */
	public boolean activeOn(LocalDate day) {
		return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
	}
}
