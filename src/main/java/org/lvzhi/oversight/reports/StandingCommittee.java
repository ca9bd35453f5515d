package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonId;
import org.lvzhi.oversight.OversightException;
import org.springframework.stereotype.Component;

/**
 * The members of the deployment's standing committee on a given day, read from the directory:
 * they are the "all members" a satisfaction vote's thresholds count from, and the only voters.
 */
@Component
class StandingCommittee {

	private static final java.util.Set<MembershipRole> VOTING = java.util.EnumSet.of(MembershipRole.CHAIR,
			MembershipRole.VICE_CHAIR, MembershipRole.SECRETARY_GENERAL, MembershipRole.MEMBER);

	private final Directory directory;

	StandingCommittee(Directory directory) {
		this.directory = directory;
	}

	List<PersonId> membersOn(LocalDate day) {
		OrganizationView committee = directory
			.findOrganizations(new OrganizationQuery(null, Classification.STANDING_COMMITTEE, DeputyLevel.MUNICIPAL, null),
					1, 50)
			.items().stream().filter(o -> o.dissolutionDate() == null || !o.dissolutionDate().isBefore(day))
			.findFirst().orElseThrow(() -> new OversightException("oversight.error.noMembers"));
		return directory.membersOf(committee.id()).stream().filter(m -> m.activeOn(day) && VOTING.contains(m.role()))
			.map(MembershipView::personId).distinct().toList();
	}
}
