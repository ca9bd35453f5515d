package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.UUID;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.PersonId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's secret ballot. Two rows are written that nothing links: the member's "has voted" row
 * (its primary key makes a second ballot fail, even a concurrent one) and the choice under a random
 * key, with no voter and no time. The audit entry says that the member voted, never how.
 */
@Service
class CastBallot {

	private final ReportStore store;
	private final StandingCommittee committee;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	CastBallot(ReportStore store, StandingCommittee committee, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.store = store;
		this.committee = committee;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	void vote(WorkReportId id, PersonId member, Satisfaction choice) {
		if (choice == null) {
			throw new OversightException("oversight.error.choiceRequired");
		}
		WorkReport r = store.load(id);
		LocalDate opened = jdbc.sql("SELECT opened_on FROM oversight_report_vote WHERE report_id = ? AND closed_on IS NULL")
			.param(id.value()).query(LocalDate.class).optional()
			.orElseThrow(() -> new OversightException("oversight.error.voteNotOpen"));
		if (member == null || !committee.membersOn(opened).contains(member)) {
			throw new OversightException("oversight.error.notMember");
		}
		if (hasVoted(id, member)) {
			throw new OversightException("oversight.error.alreadyVoted");
		}
		try {
			jdbc.sql("INSERT INTO oversight_report_voter (report_id, person_id) VALUES (?, ?)")
				.params(id.value(), member.value()).update();
		}
		catch (DuplicateKeyException e) {
			throw new OversightException("oversight.error.alreadyVoted");
		}
		jdbc.sql("INSERT INTO oversight_report_ballot (ballot_key, report_id, choice) VALUES (?, ?, ?)")
			.params(UUID.randomUUID().toString(), id.value(), choice.name()).update();
		events.publishEvent(AuditEvent.created("oversight.report.voted", "WorkReport", id.value(), r.title, null));
	}

	boolean hasVoted(WorkReportId id, PersonId member) {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_report_voter WHERE report_id = ? AND person_id = ?")
			.params(id.value(), member.value()).query(Integer.class).single() > 0;
	}
}
