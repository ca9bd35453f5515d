package org.lvzhi.oversight.plan;

import java.time.LocalDate;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.oversight.WorkReportWorkflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public call for next year's oversight topics: anyone proposes a topic; the office adopts it
 * into the plan as a work report of a named organ, or sets it aside.
 */
@Service
class TopicCall {

	private final JdbcClient jdbc;
	private final WorkReportWorkflow reports;
	private final ApplicationEventPublisher events;
	private final SupervisionPlanService plan;

	TopicCall(JdbcClient jdbc, WorkReportWorkflow reports, ApplicationEventPublisher events,
			SupervisionPlanService plan) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.plan = plan;
		this.events = events;
	}

	@Transactional
	long propose(int year, String title, String reason, String proposer, LocalDate on) {
		if (title == null || title.isBlank() || reason == null || reason.isBlank() || proposer == null
				|| proposer.isBlank()) {
			throw new OversightException("oversight.error.topicRequired");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO oversight_topic (plan_year, title, reason, proposer, submitted_on, state) VALUES (?, ?, ?, ?, ?, 'RECEIVED')")
			.params(year, title.strip(), reason.strip(), proposer.strip(), on).update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(AuditEvent.created("oversight.topic.proposed", "OversightTopic", id, title.strip(), null));
		return id;
	}

	@Transactional
	void adopt(long topic, int version, OrganizationId organ, OrganizationId committee, LocalDate on) {
		Topics.Topic t = load(topic, version);
		// The topic becomes an item of the year's draft plan, carried out by a planned work report.
		plan.draftIfMissing(t.planYear());
		long item = plan.addItem(t.planYear(), PlanItemKind.WORK_REPORT, t.title(), organ, null, null, null);
		WorkReportId report = reports.plan(t.planYear(), t.title(), organ, committee, on);
		plan.link(t.planYear(), item, report.value());
		decide(t, "ADOPTED", report.value());
	}

	@Transactional
	void setAside(long topic, int version) {
		decide(load(topic, version), "NOT_ADOPTED", null);
	}

	private Topics.Topic load(long topic, int version) {
		Topics.Topic t = jdbc.sql("SELECT * FROM oversight_topic WHERE id = ?").param(topic).query(Topics.Topic.class)
			.optional().orElseThrow(() -> new OversightException("oversight.error.notFound", topic));
		if (t.state() != Topics.State.RECEIVED) {
			throw new OversightException("oversight.error.topicDecided");
		}
		if (t.version() != version) {
			throw new OptimisticLockingFailureException("Topic " + topic + " changed");
		}
		return t;
	}

	private void decide(Topics.Topic t, String state, Long report) {
		int changed = jdbc.sql("UPDATE oversight_topic SET state = ?, report_id = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(state, report, t.id(), t.version()).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Topic " + t.id() + " changed");
		}
		events.publishEvent(AuditEvent.changed("oversight.topic." + state.toLowerCase(), "OversightTopic", t.id(), t.title(),
				t.state(), state));
	}
}
