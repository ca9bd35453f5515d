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
 * when it opens, so that the thresholds do not move while members vote.
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
		// A report redone after 不满意 is voted on again: the earlier vote's rows give way to the new one.
		jdbc.sql("DELETE FROM oversight_report_ballot WHERE report_id = ?").param(id.value()).update();
		jdbc.sql("DELETE FROM oversight_report_voter WHERE report_id = ?").param(id.value()).update();
		jdbc.sql("DELETE FROM oversight_report_vote WHERE report_id = ?").param(id.value()).update();
		jdbc.sql("INSERT INTO oversight_report_vote (report_id, opened_on, total_members) VALUES (?, ?, ?)")
			.params(id.value(), on, allMembers).update();
		events.publishEvent(AuditEvent.created("oversight.report.voteOpened", "WorkReport", id.value(), r.title,
				"members=" + allMembers));
	}
}
