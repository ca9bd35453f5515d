package org.lvzhi.legislation;

import java.time.Clock;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Office staff open a legislative project for a regulation to be made or amended. */
@Component
public class CreateProject {

	private final DraftStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CreateProject(DraftStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ProjectId create(String title, Long accountId) {
		String name = title == null ? "" : title.strip();
		if (name.isEmpty()) {
			throw new LegislationException("legislation.project.titleMissing");
		}
		if (name.length() > 400) {
			throw new LegislationException("legislation.project.titleTooLong");
		}
		ProjectId id = store.insertProject(name, accountId, clock.instant());
		events.publishEvent(AuditEvent.created("legislation.project.created", "LegislativeProject", id, name,
				Map.of("title", name, "status", ProjectStatus.DRAFTING.name())));
		return id;
	}
}
