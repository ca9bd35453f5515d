package org.lvzhi.directory;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.persons.PersonRepository;
import org.lvzhi.directory.persons.PersonRow;
import org.lvzhi.directory.persons.PersonRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a person to the directory.
 */
@Service
public class RegisterPerson {

	private final PersonRepository persons;
	private final PersonRules rules;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RegisterPerson(PersonRepository persons, PersonRules rules, ApplicationEventPublisher events, Clock clock) {
		this.persons = persons;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers a person.
	 * @throws DirectoryException when the name is missing, the ID number invalid or already held
	 */
	@Transactional
	public PersonId register(PersonDetails details) {
		rules.check(details, null);
		PersonRow saved = persons.save(PersonRow.of(details, OffsetDateTime.now(clock)));
		events.publishEvent(AuditEvent.created("directory.person.registered", "Person", saved.id(), saved.name(),
				saved.snapshot()));
		return new PersonId(saved.id());
	}
}
