package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team records a site it checked and the problems found there. Each problem is to be assigned
 * to its responsible unit within the assignment period counted from the day of the check.
 */
@Service
public class RecordSite {

	/** The site and its problems as saved. */
	public record Recorded(SiteId site, List<ProblemId> problems) {
	}

	private final JdbcClient jdbc;
	private final InspectionDeadlines deadlines;
	private final ApplicationEventPublisher events;
	private final ProblemIndex index;
	private final InspectionTallies tallies;

	RecordSite(JdbcClient jdbc, InspectionDeadlines deadlines, ApplicationEventPublisher events, ProblemIndex index,
			InspectionTallies tallies) {
		this.tallies = tallies;
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.events = events;
		this.index = index;
	}

	@Transactional
	public Recorded record(InspectionId inspection, NewSite site) {
		var started = jdbc.sql("SELECT started_on FROM oversight_inspection WHERE id = :id").param("id", inspection.value())
			.query(LocalDate.class).optional()
			.orElseThrow(() -> new InspectionException("inspections.error.notFound", inspection.value()));
		if (site.name() == null || site.name().isBlank() || site.address() == null || site.address().isBlank()) {
			throw new InspectionException("inspections.error.siteRequired");
		}
		if (site.checkedOn() == null) {
			throw new InspectionException("inspections.error.dateRequired");
		}
		if (site.checkedOn().isBefore(started)) {
			throw new InspectionException("inspections.error.dateBefore", started);
		}
		if (site.mode() == null) {
			throw new InspectionException("inspections.error.modeRequired");
		}
		for (NewSite.NewProblem p : site.problems()) {
			if (p.description() == null || p.description().isBlank()) {
				throw new InspectionException("inspections.error.problemRequired");
			}
		}
		Long area = null;
		if (site.areaName() != null && !site.areaName().isBlank()) {
			area = jdbc.sql("SELECT id FROM oversight_inspection_area WHERE inspection_id = :i AND name = :n ORDER BY id")
				.param("i", inspection.value()).param("n", site.areaName().strip()).query(Long.class).optional()
				.orElseThrow(() -> new InspectionException("inspections.error.unknownArea", site.areaName()));
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO oversight_inspection_site (inspection_id, area_id, name, district, address, checked_on, mode, notes)
				VALUES (:i, :area, :name, :district, :address, :on, :mode, :notes)""")
			.param("i", inspection.value()).param("area", area).param("name", site.name().strip())
			.param("district", PlanInspection.blankToNull(site.district())).param("address", site.address().strip())
			.param("on", site.checkedOn()).param("mode", site.mode().name())
			.param("notes", PlanInspection.blankToNull(site.notes()))
			.update(keys, "id");
		long siteId = keys.getKeyAs(Number.class).longValue();
		LocalDate assignDue = deadlines.assignDue(site.checkedOn());
		List<ProblemId> problems = new ArrayList<>();
		for (NewSite.NewProblem p : site.problems()) {
			var pk = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO oversight_inspection_problem (inspection_id, site_id, description, article_ref, state, found_on, assign_due)
					VALUES (:i, :s, :d, :a, 'FOUND', :on, :due)""")
				.param("i", inspection.value()).param("s", siteId).param("d", p.description().strip())
				.param("a", PlanInspection.blankToNull(p.articleRef())).param("on", site.checkedOn()).param("due", assignDue)
				.update(pk, "id");
			problems.add(new ProblemId(pk.getKeyAs(Number.class).longValue()));
			index.changed(pk.getKeyAs(Number.class).longValue());
			tallies.problemChanged(pk.getKeyAs(Number.class).longValue(), null);
		}
		events.publishEvent(AuditEvent.created("oversight.inspections.siteRecorded", "InspectionSite", siteId,
				site.name(), Map.of("inspection", inspection.value(), "mode", site.mode().name(), "checkedOn",
						site.checkedOn().toString(), "problems", problems.size())));
		return new Recorded(new SiteId(siteId), problems);
	}
}
