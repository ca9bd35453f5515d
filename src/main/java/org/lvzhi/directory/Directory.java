package org.lvzhi.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.lvzhi.directory.internal.DeputyCounts;
import org.lvzhi.directory.internal.NameReads;
import org.lvzhi.directory.memberships.MembershipReads;
import org.lvzhi.directory.organizations.OrganizationRepository;
import org.lvzhi.directory.organizations.OrganizationRow;
import org.lvzhi.directory.organizations.OrganizationSearch;
import org.lvzhi.directory.persons.PersonRepository;
import org.lvzhi.directory.persons.PersonRow;
import org.lvzhi.directory.persons.PersonSearch;
import org.lvzhi.platform.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the directory for pages and other modules. Nothing returned here carries
 * personal data except {@link #personalData(PersonId)}, which callers must only show to
 * privileged staff.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final PersonRepository persons;
	private final OrganizationRepository organizations;
	private final PersonSearch personSearch;
	private final OrganizationSearch organizationSearch;
	private final MembershipReads memberships;
	private final DeputyCounts deputies;
	private final Clock clock;
	private final NameReads names;

	Directory(PersonRepository persons, OrganizationRepository organizations, PersonSearch personSearch,
			OrganizationSearch organizationSearch, MembershipReads memberships, DeputyCounts deputies, Clock clock,
			NameReads names) {
		this.names = names;
		this.persons = persons;
		this.organizations = organizations;
		this.personSearch = personSearch;
		this.organizationSearch = organizationSearch;
		this.memberships = memberships;
		this.deputies = deputies;
		this.clock = clock;
	}

	public Optional<PersonView> person(PersonId id) {
		return persons.findById(id.value()).map(PersonRow::view);
	}

	/** The person's personal data: for privileged staff only. */
	public Optional<PersonalData> personalData(PersonId id) {
		return persons.findById(id.value()).map(PersonRow::personal);
	}

	/** The person holding this ID card number, if any. */
	public Optional<PersonView> personByIdNumber(String idNumber) {
		return persons.findByIdNumber(IdCardNumber.normalize(idNumber)).map(PersonRow::view);
	}

	/**
	 * The names of these persons, in one query for a whole page; IDs of no person are left out.
	 * Names only: nothing here is personal data.
	 */
	public Map<PersonId, String> names(Collection<PersonId> ids) {
		Map<PersonId, String> result = new HashMap<>();
		names.persons(ids.stream().filter(Objects::nonNull).map(PersonId::value).toList())
			.forEach((id, name) -> result.put(new PersonId(id), name));
		return result;
	}

	/** The names of these bodies, in one query for a whole page; IDs of no body are left out. */
	public Map<OrganizationId, String> organizationNames(Collection<OrganizationId> ids) {
		Map<OrganizationId, String> result = new HashMap<>();
		names.organizations(ids.stream().filter(Objects::nonNull).map(OrganizationId::value).toList())
			.forEach((id, name) -> result.put(new OrganizationId(id), name));
		return result;
	}

	public Optional<OrganizationView> organization(OrganizationId id) {
		return organizations.findById(id.value()).map(OrganizationRow::view);
	}

	/** The body with exactly this name, if any (names are unique). */
	public Optional<OrganizationView> organizationNamed(String name) {
		return organizations.findByName(name).map(OrganizationRow::view);
	}

	/** Bodies directly under the given one, by name. */
	public List<OrganizationView> subOrganizations(OrganizationId id) {
		return organizations.findByParentIdOrderByName(id.value()).stream().map(OrganizationRow::view).toList();
	}

	/** Persons matching the query, by name; pages are numbered from 1. */
	public Page<PersonListItem> findPersons(PersonQuery query, int page, int size) {
		return Page.withCappedTotal(personSearch.find(query, Page.offset(page, size), size), page, size,
				personSearch.count(query, Page.countCap(page, size)));
	}

	public Page<OrganizationView> findOrganizations(OrganizationQuery query, int page, int size) {
		return new Page<>(organizationSearch.find(query, Page.offset(page, size), size), page, size,
				organizationSearch.count(query));
	}

	/** Every membership the person ever held, newest first. */
	public List<MembershipView> membershipsOf(PersonId id) {
		return memberships.ofPerson(id.value());
	}

	/** Every membership of the body, current and ended. */
	public List<MembershipView> membersOf(OrganizationId id) {
		return memberships.ofOrganization(id.value());
	}

	public Optional<MembershipView> membership(MembershipId id) {
		return memberships.byId(id.value());
	}

	/** Persons who held a deputy seat of the level at any time in the year. */
	public long countDeputies(DeputyLevel level, int year) {
		return deputies.deputies(level, year);
	}

	/** {@link #countDeputies} for every level. */
	public Map<DeputyLevel, Long> deputiesByLevel(int year) {
		Map<DeputyLevel, Long> counts = new EnumMap<>(DeputyLevel.class);
		for (DeputyLevel level : DeputyLevel.values()) {
			counts.put(level, deputies.deputies(level, year));
		}
		return counts;
	}

	/** Persons holding a deputy seat today. */
	public long countCurrentDeputies() {
		return deputies.currentDeputies(LocalDate.now(clock));
	}

	public long countPersons() {
		return persons.count();
	}

	public long countOrganizations() {
		return organizations.count();
	}

	/** Whether nothing has been entered yet. */
	public boolean isEmpty() {
		return countPersons() == 0 && countOrganizations() == 0;
	}

	/**
	 * The voting members of the municipal standing committee on a day (chair, vice-chairs,
	 * secretary-general, members), each once: the "all members" that quorums and majorities of the
	 * committee count from. Empty when no committee is registered.
	 */
	public List<PersonId> standingCommitteeMembersOn(LocalDate day) {
		return standingCommitteeOn(day, MembershipRole.COMMITTEE_MEMBER_ROLES);
	}

	/**
	 * The members of the council of chairpersons (主任会议) on a day: the chair, the vice-chairs and
	 * the secretary-general of the municipal standing committee, each once.
	 */
	public List<PersonId> chairpersonsOn(LocalDate day) {
		return standingCommitteeOn(day,
				java.util.EnumSet.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR, MembershipRole.SECRETARY_GENERAL));
	}

	private List<PersonId> standingCommitteeOn(LocalDate day, java.util.Set<MembershipRole> roles) {
		return findOrganizations(new OrganizationQuery(null, Classification.STANDING_COMMITTEE, DeputyLevel.MUNICIPAL, null),
				1, 50)
			.items().stream().filter(o -> o.dissolutionDate() == null || !o.dissolutionDate().isBefore(day))
			.findFirst()
			.map(c -> membersOf(c.id()).stream().filter(m -> m.activeOn(day) && roles.contains(m.role()))
				.map(MembershipView::personId).distinct().toList())
			.orElse(List.of());
	}
}
