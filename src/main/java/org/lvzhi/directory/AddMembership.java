package org.lvzhi.directory;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.memberships.MembershipRepository;
import org.lvzhi.directory.memberships.MembershipRow;
import org.lvzhi.directory.organizations.OrganizationRepository;
import org.lvzhi.directory.persons.PersonRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a person a member of a body, in a role, from a date.
 */
@Service
public class AddMembership {

	private final MembershipRepository memberships;
	private final PersonRepository persons;
	private final OrganizationRepository organizations;
	private final ApplicationEventPublisher events;

	AddMembership(MembershipRepository memberships, PersonRepository persons, OrganizationRepository organizations,
			ApplicationEventPublisher events) {
		this.memberships = memberships;
		this.persons = persons;
		this.organizations = organizations;
		this.events = events;
	}

	/**
	 * Adds the membership.
	 * @throws DirectoryException when the person or body is unknown, the role or start date is
	 *     missing, or the end date lies before the start date
	 */
	@Transactional
	public MembershipId add(NewMembership m) {
		if (m.personId() == null || !persons.existsById(m.personId().value())) {
			throw new DirectoryException("directory.error.personRequired");
		}
		if (m.organizationId() == null || !organizations.existsById(m.organizationId().value())) {
			throw new DirectoryException("directory.error.organizationRequired");
		}
		if (m.role() == null) {
			throw new DirectoryException("directory.error.roleRequired");
		}
		if (m.startDate() == null) {
			throw new DirectoryException("directory.error.startRequired");
		}
		if (m.endDate() != null && m.endDate().isBefore(m.startDate())) {
			throw new DirectoryException("directory.error.endBeforeStart", m.endDate(), m.startDate());
		}
		MembershipRow saved = memberships.save(MembershipRow.of(m));
		events.publishEvent(AuditEvent.created("directory.membership.added", "Membership", saved.id(),
				"person " + saved.personId() + " → organization " + saved.organizationId(), saved));
		return new MembershipId(saved.id());
	}
}
