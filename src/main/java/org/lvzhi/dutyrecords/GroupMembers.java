package org.lvzhi.dutyrecords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonId;
import org.springframework.stereotype.Component;

/**
 * Whole groups of deputies for a year, read body by body from the directory's memberships: every
 * deputy of a level is a deputy of one of that level's congresses. A few queries per body instead
 * of one per deputy, so that a ranking or an export of thousands stays quick.
 */
@Component
class GroupMembers {

	private static final int BODIES = 2000;

	private final Directory directory;

	GroupMembers(Directory directory) {
		this.directory = directory;
	}

	/** A deputy of the group: her seat's congress and level, and her delegation that year if any. */
	record Member(PersonId id, String name, String congress, DeputyLevel level, String delegation) {
	}

	/** The group's members in the year, by name. */
	List<Member> of(DutyGroup group, int year) {
		return group.level() != null ? deputies(null, group.level(), null, year)
				: deputies(null, null, group.body(), year);
	}

	/**
	 * Deputies holding a seat in the year, of the level when given, members of the body when given,
	 * whose name contains {@code name} when given; by name.
	 */
	List<Member> deputies(String name, DeputyLevel level, OrganizationId body, int year) {
		Map<Long, MembershipView> seats = new HashMap<>();
		for (OrganizationView congress : bodies(Classification.CONGRESS, level)) {
			for (MembershipView m : held(congress.id(), year)) {
				if (m.role() == MembershipRole.DEPUTY) {
					seats.merge(m.personId().value(), m, (a, b) -> a.startDate().isAfter(b.startDate()) ? a : b);
				}
			}
		}
		Set<Long> inBody = body == null ? null
				: held(body, year).stream().map(m -> m.personId().value()).collect(Collectors.toSet());
		Map<Long, String> delegations = new HashMap<>();
		for (OrganizationView d : bodies(Classification.DELEGATION, null)) {
			held(d.id(), year).forEach(m -> delegations.putIfAbsent(m.personId().value(), d.name()));
		}
		String part = name == null || name.isBlank() ? null : name.strip();
		List<Member> members = new ArrayList<>();
		seats.forEach((id, seat) -> {
			if ((inBody == null || inBody.contains(id)) && (part == null || seat.personName().contains(part))) {
				members.add(new Member(seat.personId(), seat.personName(), seat.organizationName(), seat.level(),
						delegations.get(id)));
			}
		});
		members.sort(Comparator.comparing(Member::name).thenComparing(m -> m.id().value()));
		return members;
	}

	/** IDs to names, in the order given. */
	static Map<Long, String> names(List<Member> members) {
		Map<Long, String> names = new LinkedHashMap<>();
		members.forEach(m -> names.put(m.id().value(), m.name()));
		return names;
	}

	private List<OrganizationView> bodies(Classification classification, DeputyLevel level) {
		return directory.findOrganizations(new OrganizationQuery(null, classification, level, null), 1, BODIES).items();
	}

	private List<MembershipView> held(OrganizationId body, int year) {
		return directory.membersOf(body).stream()
			.filter(m -> m.role() != MembershipRole.STAFF && DeputyProfile.overlaps(m, year))
			.toList();
	}
}
