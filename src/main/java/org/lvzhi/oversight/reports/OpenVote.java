package org.lvzhi.oversight.reports;

import java.time.LocalDate;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the secret satisfaction vote on a deliberated report. The number of all members is fixed
 * when it opens, so that the thresholds do not move while members vote. A closed vote's result
 * stands: a report is voted on again only after 不满意, redone and deliberated again, as a new round
 * whose opening is audited with the earlier result.
 */
@Service
class OpenVote {

	private final ReportStore store;
	private final StandingCommittee committee;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	OpenVote(ReportStore store, StandingCommittee committee, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.store = store;
		this.committee = committee;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	void open(WorkReportId id, LocalDate on) {
		open(id, on, committee.membersOn(on).size());
	}

	@Transactional
	void open(WorkReportId id, LocalDate on, int allMembers) {
		WorkReport r = store.load(id);
		r.require("openVote", ReportState.DELIBERATED);
		if (allMembers < 1) {
			throw new OversightException("oversight.error.noMembers");
		}
		int open = jdbc.sql("SELECT COUNT(*) FROM oversight_report_vote WHERE report_id = ? AND closed_on IS NULL")
			.param(id.value()).query(Integer.class).single();
		if (open > 0) {
			throw new OversightException("oversight.error.voteOpen");
		}
		if (r.voteResult != null) {
			// The result of a closed vote stands; only a report redone after 不满意 and deliberated again is voted on again.
			throw new OversightException("oversight.error.voteClosed");
		}
		String earlier = jdbc.sql("SELECT result FROM oversight_report_vote WHERE report_id = ? AND closed_on IS NOT NULL")
			.param(id.value()).query(String.class).optional().orElse(null);
		// A report redone after 不满意 is voted on again: a new round, audited with the earlier result.
		jdbc.sql("DELETE FROM oversight_report_ballot WHERE report_id = ?").param(id.value()).update();
		jdbc.sql("DELETE FROM oversight_report_voter WHERE report_id = ?").param(id.value()).update();
		jdbc.sql("DELETE FROM oversight_report_vote WHERE report_id = ?").param(id.value()).update();
		jdbc.sql("INSERT INTO oversight_report_vote (report_id, opened_on, total_members) VALUES (?, ?, ?)")
			.params(id.value(), on, allMembers).update();
		events.publishEvent(AuditEvent.created(earlier == null ? "oversight.report.voteOpened" : "oversight.report.voteReopened",
				"WorkReport", id.value(), r.title, "members=" + allMembers + (earlier == null ? ""
						: ", round=" + (r.reworkCount + 1) + ", earlierResult=" + earlier)));
	}
}
