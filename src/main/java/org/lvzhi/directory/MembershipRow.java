package org.lvzhi.directory;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A membership as stored. */
@Table("directory_membership")
record MembershipRow(@Id Long id, Long personId, Long organizationId, String role, String label, Integer term,
		String constituency, LocalDate startDate, LocalDate endDate, @Version int version) {

	static MembershipRow of(NewMembership m) {
		return new MembershipRow(null, m.personId().value(), m.organizationId().value(), m.role().name(),
				Texts.clean(m.label()), m.term(), Texts.clean(m.constituency()), m.startDate(), m.endDate(), 0);
	}

	MembershipRow endedOn(LocalDate day, int expectedVersion) {
		return new MembershipRow(id, personId, organizationId, role, label, term, constituency, startDate, day,
				expectedVersion);
	}
}
