package org.lvzhi.directory.persons;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.DirectoryException;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a person's details.
 */
@Service
public class EditPerson {

	private final PersonRepository persons;
	private final PersonRules rules;
	private final ApplicationEventPublisher events;

	EditPerson(PersonRepository persons, PersonRules rules, ApplicationEventPublisher events) {
		this.persons = persons;
		this.rules = rules;
		this.events = events;
	}

	/**
	 * Saves the details over the version the editor saw.
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone saved in between
	 * @throws DirectoryException when a rule refuses the details or the person does not exist
	 */
	@Transactional
	public void edit(PersonId id, PersonDetails details, int expectedVersion) {
		PersonRow before = persons.findById(id.value())
			.orElseThrow(() -> new DirectoryException("directory.error.personNotFound", id.value()));
		if (expectedVersion != before.version()) {
			// Also a tampered version: 0 would make the save an insert of a person who exists.
			throw new OptimisticLockingFailureException("Person " + id.value() + " is at version " + before.version());
		}
		rules.check(details, before.id());
		PersonRow after = persons.save(before.with(details, expectedVersion));
		events.publishEvent(AuditEvent.changed("directory.person.edited", "Person", id.value(), after.name(),
				before.snapshot(), after.snapshot()));
	}
}
