package org.lvzhi.legislation;

import java.time.Clock;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.drafts.DraftDocuments;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.drafts.Project;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.legislation.text.LawText;
import org.lvzhi.legislation.text.LawTextParser;
import org.lvzhi.legislation.text.Numbering;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Office staff store the text of one reading of a project, pasted or read from a .docx, parsed
 * into 编/章/节/条/款/项. One version per reading: a reading that has its text is refused rather
 * than overwritten, so that what members deliberated is never lost. The first text moves the
 * project from drafting to under reading, a step of its timeline like any other; a passed or shelved
 * project takes no text.
 */
@Component
public class AddDraftVersion {

	private final DraftStore store;
	private final ProcessStore process;
	private final DraftDocuments documents;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final LawTextParser parser = new LawTextParser();

	AddDraftVersion(DraftStore store, ProcessStore process, DraftDocuments documents, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.process = process;
		this.documents = documents;
		this.events = events;
		this.clock = clock;
	}

	/** Stores a text submitted today. */
	@Transactional
	public DraftId add(ProjectId projectId, int reading, String text, String sourceName, Long accountId) {
		return add(projectId, reading, text, sourceName, accountId, java.time.LocalDate.now(clock));
	}

	/** Stores a text submitted on {@code submittedOn}, the date its timeline shows (for texts entered later). */
	@Transactional
	public DraftId add(ProjectId projectId, int reading, String text, String sourceName, Long accountId,
			java.time.LocalDate submittedOn) {
		Project project = store.project(projectId).orElseThrow(() -> new LegislationException("legislation.project.notFound"));
		if (project.status().isClosed()) {
			throw new LegislationException("legislation.draft.projectClosed");
		}
		if (reading < DraftVersion.FIRST || reading > DraftVersion.LAST) {
			throw new LegislationException("legislation.draft.readingInvalid");
		}
		if (store.hasReading(projectId, reading)) {
			throw new LegislationException("legislation.draft.readingTaken");
		}
		LawText parsed = parser.parse(text == null ? "" : text);
		Numbering.check(parsed).ifPresent(b -> {
			throw new LegislationException("legislation.draft.break." + b.kind().name(), b.line(), b.found(),
					b.previous(), b.expected());
		});
		String title = parsed.title().isBlank() ? project.title() : parsed.title();
		DraftId id = store.insertDraft(projectId, reading, title, parsed, sourceName, accountId, clock.instant());
		boolean moved = reading >= 1 && project.status() == ProjectStatus.DRAFTING;
		if (moved) {
			if (!store.setStatus(projectId, project.version(), ProjectStatus.UNDER_READING)) {
				throw new org.springframework.dao.OptimisticLockingFailureException("project " + projectId);
			}
			process.addEvent(projectId, ProjectStatus.DRAFTING, ProjectStatus.UNDER_READING, submittedOn, null, accountId,
					clock.instant());
			events.publishEvent(AuditEvent.changed("legislation.project.underReading", "LegislativeProject", projectId,
					project.title(), Map.of("status", project.status().name()),
					Map.of("status", ProjectStatus.UNDER_READING.name())));
		}
		events.publishEvent(AuditEvent.created("legislation.draft.added", "DraftVersion", id, title,
				Map.of("project", projectId.value(), "reading", reading, "articles", parsed.articles().size())));
		if (moved) {
			// The earlier versions' documents carry the project's status too.
			documents.projectMoved(projectId);
		}
		else {
			store.version(id).ifPresent(v -> documents.publish(v, parsed));
		}
		return id;
	}
}
