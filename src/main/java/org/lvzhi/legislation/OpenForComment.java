package org.lvzhi.legislation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.legislation.process.ProjectProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff open a draft for public comment for a period of at least the configured number of days
 * (30 by the rules; {@code lvzhi.legislation.comment-min-days}). A project at its first reading
 * moves to public comment at the same time.
 */
@Component
public class OpenForComment {

	private final DraftStore drafts;
	private final ProcessStore store;
	private final MoveProject moveProject;
	private final ApplicationEventPublisher events;
	private final int minDays;

	OpenForComment(DraftStore drafts, ProcessStore store, MoveProject moveProject, ApplicationEventPublisher events,
			LegislationSettings settings) {
		this.drafts = drafts;
		this.store = store;
		this.moveProject = moveProject;
		this.events = events;
		this.minDays = settings.commentMinDays();
	}

	public int minDays() {
		return minDays;
	}

	@Transactional
	public void open(DraftId id, LocalDate opens, LocalDate closes, Long accountId) {
		DraftVersion draft = drafts.version(id).orElseThrow(() -> new LegislationException("process.comment.draftNotFound"));
		if (opens == null || closes == null) {
			throw new LegislationException("process.comment.datesMissing");
		}
		if (ChronoUnit.DAYS.between(opens, closes) + 1 < minDays) {
			throw new LegislationException("process.comment.tooShort", minDays);
		}
		if (store.window(id).isPresent()) {
			throw new LegislationException("process.comment.alreadyOpen");
		}
		store.setWindow(id, opens, closes);
		ProjectProcess project = store.process(draft.project()).orElseThrow();
		if (project.status() == ProjectStatus.FIRST_READING) {
			moveProject.move(project.id(), project.version(), ProjectStatus.PUBLIC_COMMENT, opens, null, accountId);
		}
		events.publishEvent(AuditEvent.changed("legislation.draft.openedForComment", "DraftVersion", id, draft.title(),
				Map.of(), Map.of("opens", opens.toString(), "closes", closes.toString())));
	}
}
