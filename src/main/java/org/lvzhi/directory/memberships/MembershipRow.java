package org.lvzhi.directory.memberships;

import java.time.LocalDate;

import org.lvzhi.directory.NewMembership;
import org.lvzhi.directory.internal.Texts;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A membership as stored. */
@Table("directory_membership")
public record MembershipRow(@Id Long id, Long personId, Long organizationId, String role, String label, Integer term,
		String constituency, LocalDate startDate, LocalDate endDate, @Version int version) {

	public static MembershipRow of(NewMembership m) {
		return new MembershipRow(null, m.personId().value(), m.organizationId().value(), m.role().name(),
				Texts.clean(m.label()), m.term(), Texts.clean(m.constituency()), m.startDate(), m.endDate(), 0);
	}

	public MembershipRow endedOn(LocalDate day, int expectedVersion) {
		return new MembershipRow(id, personId, organizationId, role, label, term, constituency, startDate, day,
				expectedVersion);
	}
}
