package org.lvzhi.legislation.process;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.LegislationSettings;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;
import org.lvzhi.notifications.NotificationRequested;
import org.lvzhi.notifications.Recipients;
import org.lvzhi.legislation.drafts.DraftDocuments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bill shelved for two years ({@code lvzhi.legislation.shelved-years}) and not taken up again is
 * terminated (立法法 article 45, DESIGN.md §3). Run every morning: each project whose latest
 * shelving is that old moves to {@link ProjectStatus#TERMINATED} on the day, with a line in its
 * timeline, an audit entry and a notice to the legislative affairs office.
 */
@Component
public class TerminateShelvedProjects {

	static final String OFFICE = "LEGISLATIVE_AFFAIRS";

	private final ProcessStore store;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final DraftDocuments draftDocuments;
	private final Clock clock;
	private final int years;

	TerminateShelvedProjects(ProcessStore store, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			LegislationSettings settings, DraftDocuments draftDocuments) {
		this.draftDocuments = draftDocuments;
		this.store = store;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.years = settings.shelvedYears();
	}

	/** @return how many projects were terminated on {@code today} */
	@Transactional
	public int terminateDue(LocalDate today) {
		record Shelved(ProjectId id, LocalDate since) {
		}
		List<Shelved> due = jdbc.sql("""
				SELECT p.id, MAX(e.happened_on) FROM legislation_project p
				JOIN legislation_project_event e ON e.project_id = p.id AND e.to_status = 'SHELVED'
				WHERE p.status = 'SHELVED' GROUP BY p.id HAVING MAX(e.happened_on) <= ? ORDER BY p.id""")
			.param(Date.valueOf(today.minusYears(years)))
			.query((rs, n) -> new Shelved(new ProjectId(rs.getLong(1)), rs.getDate(2).toLocalDate()))
			.list();
		int n = 0;
		for (Shelved s : due) {
			ProjectProcess project = store.process(s.id()).orElseThrow();
			if (project.status() != ProjectStatus.SHELVED
					|| !store.move(s.id(), project.version(), ProjectStatus.TERMINATED, null)) {
				continue;
			}
			store.addEvent(s.id(), ProjectStatus.SHELVED, ProjectStatus.TERMINATED, today, null, null, clock.instant());
			draftDocuments.projectMoved(s.id());
			events.publishEvent(AuditEvent.changed("legislation.project.terminated", "LegislativeProject", s.id(),
					project.title(), Map.of("status", ProjectStatus.SHELVED.name(), "shelvedOn", s.since().toString()),
					Map.of("status", ProjectStatus.TERMINATED.name(), "on", today.toString())));
			events.publishEvent(new NotificationRequested(List.of(Recipients.office(OFFICE)), "process.terminated.notice",
					List.of(project.title(), s.since().toString(), today.toString()), "/legislation/projects/" + s.id(),
					"legislation.project.terminated"));
			n++;
		}
		return n;
	}
}
