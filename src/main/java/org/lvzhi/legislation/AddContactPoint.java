package org.lvzhi.legislation;

import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Staff register a grassroots legislative contact point with its liaison persons. */
@Component
public class AddContactPoint {

	private final ProcessStore store;
	private final ApplicationEventPublisher events;

	AddContactPoint(ProcessStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional
	public ContactPointId add(String name, ContactPointKind kind, String liaison, LocalDate activeFrom) {
		String title = name == null ? "" : name.strip();
		if (title.isEmpty() || title.length() > 200) {
			throw new LegislationException("process.contactPoint.nameMissing");
		}
		if (kind == null || activeFrom == null) {
			throw new LegislationException("process.contactPoint.kindMissing");
		}
		String persons = liaison == null ? "" : liaison.strip();
		ContactPointId id = store.insertContactPoint(title, kind,
				persons.length() > 400 ? persons.substring(0, 400) : persons, activeFrom);
		events.publishEvent(AuditEvent.created("legislation.contactPoint.added", "ContactPoint", id, title,
				Map.of("kind", kind.name())));
		return id;
	}
}
