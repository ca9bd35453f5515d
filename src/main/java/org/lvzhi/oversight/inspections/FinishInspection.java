package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office ends the field work and writes the inspection's conclusions for the report. */
@Service
public class FinishInspection {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	FinishInspection(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	public void finish(InspectionId id, int version, LocalDate endedOn, String summary) {
		var current = jdbc.sql("SELECT started_on, ended_on, summary FROM oversight_inspection WHERE id = :id")
			.param("id", id.value())
			.query((rs, n) -> {
				Map<String, Object> m = new HashMap<>();
				m.put("startedOn", rs.getObject(1, LocalDate.class));
				m.put("endedOn", rs.getObject(2, LocalDate.class));
				m.put("summary", rs.getString(3));
				return m;
			}).optional().orElseThrow(() -> new InspectionException("inspections.error.notFound", id.value()));
		if (endedOn == null) {
			throw new InspectionException("inspections.error.dateRequired");
		}
		if (endedOn.isBefore((LocalDate) current.get("startedOn"))) {
			throw new InspectionException("inspections.error.dateBefore", current.get("startedOn"));
		}
		int rows = jdbc.sql("UPDATE oversight_inspection SET ended_on = :e, summary = :s, version = version + 1 WHERE id = :id AND version = :v")
			.param("e", endedOn).param("s", PlanInspection.blankToNull(summary)).param("id", id.value())
			.param("v", version).update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("Inspection " + id + " was changed meanwhile");
		}
		Map<String, Object> after = new HashMap<>();
		after.put("endedOn", endedOn);
		after.put("summary", summary);
		events.publishEvent(AuditEvent.changed("oversight.inspections.finished", "Inspection", id.value(),
				String.valueOf(id.value()), current, after));
	}
}
