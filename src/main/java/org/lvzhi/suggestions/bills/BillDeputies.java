package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonView;
import org.springframework.stereotype.Component;

/** Which congress a deputy sits in, from the directory: a bill's deputies must share one. */
@Component
class BillDeputies {

	private final Directory directory;

	BillDeputies(Directory directory) {
		this.directory = directory;
	}

	/** The congresses in which the person holds a deputy's seat on the given day. */
	List<OrganizationId> congressesOf(PersonId person, LocalDate on) {
		return directory.membershipsOf(person).stream()
			.filter(m -> m.role() == MembershipRole.DEPUTY && m.classification() == Classification.CONGRESS && m.activeOn(on))
			.map(MembershipView::organizationId).distinct().toList();
	}

	boolean sitsIn(PersonId person, OrganizationId congress, LocalDate on) {
		return congressesOf(person, on).contains(congress);
	}

	/**
	 * The congress of the lead deputy that every co-signer sits in too.
	 * @throws BillException naming the lead deputy or the first co-signer who is not a deputy of it
	 */
	OrganizationId commonCongress(PersonId lead, List<PersonId> coSigners, LocalDate on) {
		List<OrganizationId> congresses = congressesOf(lead, on);
		if (congresses.isEmpty()) {
			throw new BillException("bills.error.notDeputy", name(lead));
		}
		Optional<OrganizationId> shared = congresses.stream()
			.filter(c -> coSigners.stream().allMatch(p -> sitsIn(p, c, on))).findFirst();
		if (shared.isPresent()) {
			return shared.get();
		}
		OrganizationId first = congresses.get(0);
		PersonId stranger = coSigners.stream().filter(p -> !sitsIn(p, first, on)).findFirst().orElseThrow();
		throw new BillException("bills.error.notDeputy", name(stranger));
	}

	String name(PersonId person) {
		return directory.person(person).map(PersonView::name).orElse("#" + person.value());
	}
}
