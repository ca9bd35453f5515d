package org.lvzhi.oversight.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office records an inspection or research visit, and the problems coordinated after it. */
@Service
public class RecordVisit {

	public record Recorded(VisitId visit, List<Long> problems) {
	}

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RecordVisit(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Recorded record(NewVisit v) {
		if (v.kind() == null) {
			throw new InspectionException("inspections.error.kindRequired");
		}
		if (v.title() == null || v.title().isBlank() || v.place() == null || v.place().isBlank()) {
			throw new InspectionException("inspections.error.visitRequired");
		}
		if (v.participants() == null || v.participants().isBlank()) {
			throw new InspectionException("inspections.error.participantsRequired");
		}
		if (v.visitedOn() == null) {
			throw new InspectionException("inspections.error.dateRequired");
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO oversight_visit (report_year, kind, title, visited_on, place, participants, findings, created_at)
				VALUES (:year, :kind, :title, :on, :place, :who, :findings, :at)""")
			.param("year", v.visitedOn().getYear()).param("kind", v.kind().name()).param("title", v.title().strip())
			.param("on", v.visitedOn()).param("place", v.place().strip()).param("who", v.participants().strip())
			.param("findings", PlanInspection.blankToNull(v.findings())).param("at", OffsetDateTime.now(clock))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		List<Long> problems = new ArrayList<>();
		for (NewVisit.RaisedProblem p : v.problems()) {
			problems.add(addProblem(id, p));
		}
		events.publishEvent(AuditEvent.created("oversight.visits.recorded", "Visit", id, v.title(),
				Map.of("kind", v.kind().name(), "visitedOn", v.visitedOn().toString(), "problems", problems.size())));
		return new Recorded(new VisitId(id), problems);
	}

	@Transactional
	public long raise(VisitId visit, NewVisit.RaisedProblem p) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM oversight_visit WHERE id = :id").param("id", visit.value())
			.query(Long.class).single() > 0;
		if (!exists) {
			throw new InspectionException("inspections.error.visitNotFound", visit.value());
		}
		long id = addProblem(visit.value(), p);
		events.publishEvent(AuditEvent.created("oversight.visits.problemRaised", "VisitProblem", id, p.description(),
				Map.of("visit", visit.value())));
		return id;
	}

	/** The problem was coordinated to a solution. */
	@Transactional
	public void resolve(long problemId, int version, String resolution, LocalDate on) {
		if (resolution == null || resolution.isBlank()) {
			throw new InspectionException("inspections.error.resolutionRequired");
		}
		var before = jdbc.sql("SELECT resolved_on FROM oversight_visit_problem WHERE id = :id").param("id", problemId)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class))).optional()
			.orElseThrow(() -> new InspectionException("inspections.error.problemNotFound", problemId));
		if (before.isPresent()) {
			throw new InspectionException("inspections.error.alreadyResolved");
		}
		int rows = jdbc.sql("UPDATE oversight_visit_problem SET resolved_on = :on, resolution = :r, version = version + 1 WHERE id = :id AND version = :v")
			.param("on", on).param("r", resolution.strip()).param("id", problemId).param("v", version).update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("Visit problem " + problemId + " was changed meanwhile");
		}
		events.publishEvent(AuditEvent.changed("oversight.visits.problemResolved", "VisitProblem", problemId,
				ProblemStore.abbreviate(resolution), Map.of("resolved", false),
				Map.of("resolved", true, "resolvedOn", on.toString())));
	}

	private long addProblem(long visit, NewVisit.RaisedProblem p) {
		if (p.description() == null || p.description().isBlank()) {
			throw new InspectionException("inspections.error.problemRequired");
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO oversight_visit_problem (visit_id, description, unit_id) VALUES (:v, :d, :u)")
			.param("v", visit).param("d", p.description().strip()).param("u", p.unitId()).update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}
}
