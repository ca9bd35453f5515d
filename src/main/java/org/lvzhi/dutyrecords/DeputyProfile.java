package org.lvzhi.dutyrecords;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonView;

/**
 * Who a deputy is in a year, as the directory has it: her seat (congress, level, term,
 * constituency), delegation and group. Fields are {@code null} where the directory has nothing.
 */
record DeputyProfile(PersonId id, String name, String occupation, String congress, DeputyLevel level, Integer term,
		String constituency, String delegation, String group) {

	/** Whether the person held a deputy seat at some time in the year. */
	boolean isDeputy() {
		return level != null;
	}

	static Optional<DeputyProfile> of(Directory directory, PersonId id, int year) {
		Optional<PersonView> person = directory.person(id);
		if (person.isEmpty()) {
			return Optional.empty();
		}
		List<MembershipView> held = directory.membershipsOf(id).stream().filter(m -> overlaps(m, year)).toList();
		Optional<MembershipView> seat = newest(held.stream().filter(m -> m.role() == MembershipRole.DEPUTY).toList());
		String delegation = newest(held.stream().filter(m -> m.classification() == Classification.DELEGATION).toList())
			.map(MembershipView::organizationName).orElse(null);
		String group = newest(held.stream().filter(m -> m.classification() == Classification.DEPUTY_GROUP).toList())
			.map(MembershipView::organizationName).orElse(null);
		PersonView p = person.get();
		return Optional.of(new DeputyProfile(id, p.name(), p.occupation(),
				seat.map(MembershipView::organizationName).orElse(null), seat.map(MembershipView::level).orElse(null),
				seat.map(MembershipView::term).orElse(null), seat.map(MembershipView::constituency).orElse(null),
				delegation, group));
	}

	static boolean overlaps(MembershipView m, int year) {
		LocalDate from = DutyRecords.yearStart(year);
		LocalDate to = DutyRecords.yearEnd(year);
		return !m.startDate().isAfter(to) && (m.endDate() == null || !m.endDate().isBefore(from));
	}

	private static Optional<MembershipView> newest(List<MembershipView> memberships) {
		return memberships.stream().max(Comparator.comparing(MembershipView::startDate));
	}
}
