package org.lvzhi.oversight.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.notifications.NotificationsSettled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads and saves problems for the use cases. A save succeeds only on the version the editor saw,
 * and writes its audit entry in the same transaction.
 */
@Component
class ProblemStore {

	static final String COLUMNS = "id, inspection_id, site_id, description, article_ref, state, found_on, assign_due,"
			+ " unit_id, assigned_on, rectify_due, reported_on, report_text, closed_on, verify_note, reinspected_on,"
			+ " escalation, escalated_on, reminded_on, version";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final ProblemIndex index;
	private final InspectionTallies tallies;

	ProblemStore(JdbcClient jdbc, ApplicationEventPublisher events, ProblemIndex index, InspectionTallies tallies) {
		this.tallies = tallies;
		this.jdbc = jdbc;
		this.events = events;
		this.index = index;
	}

	Problem load(ProblemId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM oversight_inspection_problem WHERE id = :id")
			.param("id", id.value()).query(ProblemStore::map).optional()
			.orElseThrow(() -> new InspectionException("inspections.error.problemNotFound", id.value()));
	}

	Problem load(ProblemId id, int expectedVersion) {
		Problem p = load(id);
		if (p.version != expectedVersion) {
			throw new OptimisticLockingFailureException("Problem " + id + " is at version " + p.version);
		}
		return p;
	}

	/** Saves a move made on {@code p}; {@code before} is its snapshot as loaded. */
	void save(Problem p, String action, Problem.Snapshot before) {
		InspectionTallies.Cell counted = tallies.problem(p.id);
		int rows = jdbc.sql("""
				UPDATE oversight_inspection_problem SET state = :state, unit_id = :unit, assigned_on = :assignedOn,
				  rectify_due = :rectifyDue, reported_on = :reportedOn, report_text = :reportText, closed_on = :closedOn,
				  verify_note = :verifyNote, reinspected_on = :reinspectedOn, escalation = :escalation,
				  escalated_on = :escalatedOn, reminded_on = :remindedOn, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("state", p.state.name()).param("unit", p.unitId).param("assignedOn", p.assignedOn)
			.param("rectifyDue", p.rectifyDue).param("reportedOn", p.reportedOn).param("reportText", p.reportText)
			.param("closedOn", p.closedOn).param("verifyNote", p.verifyNote).param("reinspectedOn", p.reinspectedOn)
			.param("escalation", p.escalation == null ? null : p.escalation.name())
			.param("escalatedOn", p.escalatedOn).param("remindedOn", p.remindedOn)
			.param("id", p.id).param("version", p.version)
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("Problem " + p.id + " was changed meanwhile");
		}
		tallies.problemChanged(p.id, counted);
		Problem.Snapshot after = new Problem.Snapshot(p.state.name(), p.unitId, p.assignedOn, p.rectifyDue,
				p.reportedOn, p.closedOn, p.escalation == null ? null : p.escalation.name(), p.version + 1);
		events.publishEvent(AuditEvent.changed("oversight.inspections.problem." + action, "InspectionProblem", p.id,
				abbreviate(p.description), before, after));
		index.changed(p.id);
		String[] settled = settledBy(action);
		if (settled.length > 0) {
			events.publishEvent(NotificationsSettled.of(ProblemNotices.subject(p),
					java.util.Arrays.stream(settled).map(w -> "inspection." + w).toArray(String[]::new)));
		}
	}

	/**
	 * The notices a move settles because it is what they asked for: the assignment answers the
	 * reminder that a problem is unassigned, the unit's report answers the assignment and the
	 * reminders to rectify, the verification answers the report.
	 */
	static String[] settledBy(String action) {
		return switch (action) {
			case "assigned" -> new String[] { "unassigned" };
			case "reported" -> new String[] { "assigned", "rejected", "overdue" };
			case "closed", "rejected", "reinspectedFixed", "reinspectedNotFixed", "escalated" -> new String[] { "reported" };
			default -> new String[0];
		};
	}

	static String abbreviate(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

	static Problem map(ResultSet rs, int n) throws SQLException {
		String escalation = rs.getString("escalation");
		return new Problem(rs.getLong("id"), rs.getLong("inspection_id"), rs.getLong("site_id"),
				rs.getString("description"), rs.getString("article_ref"), ProblemState.valueOf(rs.getString("state")),
				rs.getObject("found_on", LocalDate.class), rs.getObject("assign_due", LocalDate.class),
				(Long) rs.getObject("unit_id", Long.class), rs.getObject("assigned_on", LocalDate.class),
				rs.getObject("rectify_due", LocalDate.class), rs.getObject("reported_on", LocalDate.class),
				rs.getString("report_text"), rs.getObject("closed_on", LocalDate.class), rs.getString("verify_note"),
				rs.getObject("reinspected_on", LocalDate.class), escalation == null ? null : Escalation.valueOf(escalation),
				rs.getObject("escalated_on", LocalDate.class), rs.getObject("reminded_on", LocalDate.class),
				rs.getInt("version"));
	}
}
