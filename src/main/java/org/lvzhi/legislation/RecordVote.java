package org.lvzhi.legislation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
 * Records the standing committee's vote on a project. A regulation passes with more than half of
 * ALL the committee's members voting for it, not of those present (立法法 article 44): exactly half
 * is not enough. A passed regulation goes to the provincial standing committee, which decides within
 * four months; the due date is counted by the deadlines module.
 */
@Component
public class RecordVote {

	private final ProcessStore store;
	private final Deadlines deadlines;
	private final ApplicationEventPublisher events;
	private final DraftDocuments draftDocuments;
	private final Clock clock;
	private final LegislationSettings settings;

	RecordVote(ProcessStore store, Deadlines deadlines, ApplicationEventPublisher events, Clock clock,
			LegislationSettings settings, DraftDocuments draftDocuments) {
		this.draftDocuments = draftDocuments;
		this.store = store;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
	}

	/** Whether the votes for are a majority of all members. */
	public static boolean passes(int votesFor, int membersTotal) {
		return votesFor * 2 > membersTotal;
	}

	@Transactional
	public boolean record(ProjectId id, int version, LocalDate on, int votesFor, int votesAgainst, int votesAbstain,
			int membersTotal, Long accountId) {
		ProjectProcess project = store.process(id).orElseThrow(() -> new LegislationException("legislation.project.notFound"));
		if (project.version() != version) {
			throw new OptimisticLockingFailureException("project " + id);
		}
		if (!project.status().mayVote()) {
			throw new LegislationException("process.vote.notNow");
		}
		if (on == null) {
			throw new LegislationException("process.move.dateMissing");
		}
		if (membersTotal < 1 || votesFor < 0 || votesAgainst < 0 || votesAbstain < 0
				|| votesFor + votesAgainst + votesAbstain > membersTotal) {
			throw new LegislationException("process.vote.numbers");
		}
		boolean passed = passes(votesFor, membersTotal);
		ProjectStatus to = passed ? ProjectStatus.PASSED : ProjectStatus.VOTE_FAILED;
		LocalDate due = passed ? deadlines.dueDate(on, DeadlinePeriod.months(settings.approvalMonths())).date() : null;
		if (!store.move(id, version, to,
				"votes_for = ?, votes_against = ?, votes_abstain = ?, members_total = ?, voted_on = ?, approval_due = ?",
				votesFor, votesAgainst, votesAbstain, membersTotal, java.sql.Date.valueOf(on),
				due == null ? null : java.sql.Date.valueOf(due))) {
			throw new OptimisticLockingFailureException("project " + id);
		}
		String note = votesFor + " / " + votesAgainst + " / " + votesAbstain + " / " + membersTotal;
		store.addEvent(id, project.status(), to, on, note, accountId, clock.instant());
		draftDocuments.projectMoved(id);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", to.name());
		after.put("for", votesFor);
		after.put("against", votesAgainst);
		after.put("abstain", votesAbstain);
		after.put("members", membersTotal);
		events.publishEvent(AuditEvent.changed("legislation.project.voted", "LegislativeProject", id, project.title(),
				Map.of("status", project.status().name()), after));
		return passed;
	}
}
