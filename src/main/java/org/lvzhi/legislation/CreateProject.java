package org.lvzhi.legislation;

import java.time.Clock;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Office staff open a legislative project for a regulation to be made or amended. */
@Component
public class CreateProject {

	private final DraftStore store;
	private final ProcessStore process;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CreateProject(DraftStore store, ProcessStore process, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.process = process;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ProjectId create(String title, Long accountId) {
		return create(title, ProjectKind.MAKE, accountId);
	}

	/** A project of the given kind: a new regulation, an amendment, a package of amendments or a research project. */
	@Transactional
	public ProjectId create(String title, ProjectKind kind, Long accountId) {
		String name = title == null ? "" : title.strip();
		if (name.isEmpty()) {
			throw new LegislationException("legislation.project.titleMissing");
		}
		if (name.length() > 400) {
			throw new LegislationException("legislation.project.titleTooLong");
		}
		ProjectId id = store.insertProject(name, accountId, clock.instant());
		if (kind != null && kind != ProjectKind.MAKE) {
			process.setKind(id, kind);
		}
		events.publishEvent(AuditEvent.created("legislation.project.created", "LegislativeProject", id, name,
				Map.of("title", name, "status", ProjectStatus.DRAFTING.name(), "kind",
						kind == null ? ProjectKind.MAKE.name() : kind.name())));
		return id;
	}
}
