package org.lvzhi.legislation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.deadlines.DeadlinePeriod;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.legislation.process.ProjectProcess;
import org.lvzhi.legislation.drafts.DraftDocuments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff move a project to its next stage: a reading, public comment, the province's approval,
 * promulgation, filing, entry into force, evaluation, or shelving and withdrawal. Moves not in
 * {@link ProjectStatus#next()} are refused. Promulgation starts the 30-day filing period, counted
 * by the deadlines module.
 */
@Component
public class MoveProject {

	private final ProcessStore store;
	private final Deadlines deadlines;
	private final ApplicationEventPublisher events;
	private final DraftDocuments draftDocuments;
	private final Clock clock;
	private final LegislationSettings settings;

	MoveProject(ProcessStore store, Deadlines deadlines, ApplicationEventPublisher events, Clock clock,
			LegislationSettings settings, DraftDocuments draftDocuments) {
		this.store = store;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
		this.draftDocuments = draftDocuments;
	}

	/** The version to pass for a move by a caller that holds no page, such as an import. */
	public int currentVersion(ProjectId id) {
		return store.process(id).orElseThrow(() -> new LegislationException("legislation.project.notFound")).version();
	}

	@Transactional
	public void move(ProjectId id, int version, ProjectStatus to, LocalDate on, String note, Long accountId) {
		ProjectProcess project = store.process(id).orElseThrow(() -> new LegislationException("legislation.project.notFound"));
		if (project.version() != version) {
			throw new OptimisticLockingFailureException("project " + id);
		}
		if (to == null || !project.status().next().contains(to)) {
			throw new LegislationException("process.move.illegal");
		}
		if (on == null) {
			throw new LegislationException("process.move.dateMissing");
		}
		String text = note == null ? null : note.strip();
		boolean moved = switch (to) {
			case APPROVED -> store.move(id, version, to, "approved_on = ?", java.sql.Date.valueOf(on));
			case PROMULGATED -> {
				if (text == null || text.isEmpty()) {
					throw new LegislationException("process.move.noticeMissing");
				}
				LocalDate due = deadlines.dueDate(on, DeadlinePeriod.calendarDays(settings.filingDays())).date();
				yield store.move(id, version, to, "promulgated_on = ?, notice = ?, filing_due = ?", java.sql.Date.valueOf(on),
						text, java.sql.Date.valueOf(due));
			}
			case FILED -> store.move(id, version, to, "filed_on = ?", java.sql.Date.valueOf(on));
			case IN_FORCE -> store.move(id, version, to, "in_force_on = ?", java.sql.Date.valueOf(on));
			default -> store.move(id, version, to, null);
		};
		if (!moved) {
			throw new OptimisticLockingFailureException("project " + id);
		}
		store.addEvent(id, project.status(), to, on, text, accountId, clock.instant());
		draftDocuments.projectMoved(id);
		events.publishEvent(AuditEvent.changed("legislation.project.moved", "LegislativeProject", id, project.title(),
				Map.of("status", project.status().name()), Map.of("status", to.name(), "on", on.toString())));
	}
}
