package org.lvzhi.oversight.inspections;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office plans a law-enforcement inspection and forms its team. */
@Service
public class PlanInspection {

	private final JdbcClient jdbc;
	private final Directory directory;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PlanInspection(JdbcClient jdbc, Directory directory, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public InspectionId plan(NewInspection n) {
		if (n.title() == null || n.title().isBlank()) {
			throw new InspectionException("inspections.error.titleRequired");
		}
		if (n.lawTitle() == null || n.lawTitle().isBlank()) {
			throw new InspectionException("inspections.error.lawRequired");
		}
		if (n.startedOn() == null) {
			throw new InspectionException("inspections.error.dateRequired");
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO oversight_inspection (report_year, title, law_title, law_reference, topic, lead_body, started_on, created_at)
				VALUES (:year, :title, :law, :ref, :topic, :lead, :started, :at)""")
			.param("year", n.startedOn().getYear()).param("title", n.title().strip()).param("law", n.lawTitle().strip())
			.param("ref", blankToNull(n.lawReference())).param("topic", (n.topic() == null ? Topic.OTHER : n.topic()).name())
			.param("lead", blankToNull(n.leadBody())).param("started", n.startedOn())
			.param("at", OffsetDateTime.now(clock))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (String area : n.keyAreas()) {
			jdbc.sql("INSERT INTO oversight_inspection_area (inspection_id, name) VALUES (:i, :n)")
				.param("i", id).param("n", area).update();
		}
		events.publishEvent(AuditEvent.created("oversight.inspections.planned", "Inspection", id, n.title(),
				Map.of("lawTitle", n.lawTitle(), "topic", String.valueOf(n.topic()), "keyAreas", n.keyAreas())));
		return new InspectionId(id);
	}

	/** Adds members to the team; a directory person's name is taken from the directory. */
	@Transactional
	public int addTeam(InspectionId inspection, List<TeamMember> members) {
		requireInspection(inspection);
		int added = 0;
		for (TeamMember m : members) {
			String name = m.name();
			if (m.personId() != null) {
				name = directory.person(new PersonId(m.personId())).map(PersonView::name)
					.orElseThrow(() -> new InspectionException("inspections.error.unknownPerson", m.personId()));
			}
			if (name == null || name.isBlank()) {
				throw new InspectionException("inspections.error.memberNameRequired");
			}
			jdbc.sql("INSERT INTO oversight_inspection_member (inspection_id, role, person_id, name, affiliation) VALUES (:i, :r, :p, :n, :a)")
				.param("i", inspection.value()).param("r", m.role().name()).param("p", m.personId())
				.param("n", name.strip()).param("a", blankToNull(m.affiliation())).update();
			added++;
		}
		events.publishEvent(AuditEvent.created("oversight.inspections.teamAdded", "Inspection", inspection.value(),
				added + "", Map.of("members", added)));
		return added;
	}

	@Transactional
	public void addArea(InspectionId inspection, String area) {
		requireInspection(inspection);
		if (area == null || area.isBlank()) {
			throw new InspectionException("inspections.error.areaRequired");
		}
		jdbc.sql("INSERT INTO oversight_inspection_area (inspection_id, name) VALUES (:i, :n)")
			.param("i", inspection.value()).param("n", area.strip()).update();
		events.publishEvent(AuditEvent.created("oversight.inspections.areaAdded", "Inspection", inspection.value(),
				area.strip(), Map.of("area", area.strip())));
	}

	void requireInspection(InspectionId id) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM oversight_inspection WHERE id = :id").param("id", id.value())
			.query(Long.class).single() > 0;
		if (!exists) {
			throw new InspectionException("inspections.error.notFound", id.value());
		}
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
