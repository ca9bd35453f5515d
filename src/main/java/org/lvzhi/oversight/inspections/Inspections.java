package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.oversight.inspections.InspectionViews.AreaRow;
import org.lvzhi.oversight.inspections.InspectionViews.InspectionRow;
import org.lvzhi.oversight.inspections.InspectionViews.MemberRow;
import org.lvzhi.oversight.inspections.InspectionViews.PhotoRow;
import org.lvzhi.oversight.inspections.InspectionViews.ProblemRow;
import org.lvzhi.oversight.inspections.InspectionViews.SiteRow;
import org.lvzhi.oversight.inspections.InspectionViews.VisitProblemRow;
import org.lvzhi.oversight.inspections.InspectionViews.VisitRow;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads of inspections, their problem lists and visits. Callers enforce who may read what. */
@Service
public class Inspections {

	private static final String INSPECTION = """
			SELECT i.id, i.report_year, i.title, i.law_title, i.law_reference, i.topic, i.lead_body, i.started_on, i.ended_on,
			  i.summary, i.version,
			  (SELECT COUNT(*) FROM oversight_inspection_site s WHERE s.inspection_id = i.id) AS sites,
			  (SELECT COUNT(*) FROM oversight_inspection_problem p WHERE p.inspection_id = i.id) AS problems,
			  (SELECT COUNT(*) FROM oversight_inspection_problem p WHERE p.inspection_id = i.id AND p.state = 'CLOSED') AS closed
			FROM oversight_inspection i""";

	private static final String PROBLEM = """
			SELECT p.id, p.inspection_id, i.title, i.law_title, p.site_id, s.name AS site_name, s.district, s.mode,
			  p.description, p.article_ref, p.state, p.unit_id, p.found_on, p.assign_due, p.assigned_on, p.rectify_due,
			  p.closed_on, p.version
			FROM oversight_inspection_problem p
			JOIN oversight_inspection_site s ON s.id = p.site_id
			JOIN oversight_inspection i ON i.id = p.inspection_id""";

	private final JdbcClient jdbc;

	Inspections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<InspectionRow> list(Integer year) {
		return jdbc.sql(INSPECTION + (year == null ? "" : " WHERE i.report_year = :year") + " ORDER BY i.started_on DESC, i.id DESC")
			.params(year == null ? java.util.Map.of() : java.util.Map.of("year", year))
			.query((rs, n) -> new InspectionRow(rs.getLong("id"), rs.getInt("report_year"), rs.getString("title"),
					rs.getString("law_title"), rs.getString("law_reference"), Topic.valueOf(rs.getString("topic")),
					rs.getString("lead_body"), rs.getObject("started_on", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class), rs.getString("summary"), rs.getInt("version"),
					rs.getLong("sites"), rs.getLong("problems"), rs.getLong("closed")))
			.list();
	}

	public Optional<InspectionRow> inspection(InspectionId id) {
		return jdbc.sql(INSPECTION + " WHERE i.id = :id").param("id", id.value())
			.query((rs, n) -> new InspectionRow(rs.getLong("id"), rs.getInt("report_year"), rs.getString("title"),
					rs.getString("law_title"), rs.getString("law_reference"), Topic.valueOf(rs.getString("topic")),
					rs.getString("lead_body"), rs.getObject("started_on", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class), rs.getString("summary"), rs.getInt("version"),
					rs.getLong("sites"), rs.getLong("problems"), rs.getLong("closed")))
			.optional();
	}

	public List<MemberRow> team(InspectionId id) {
		return jdbc.sql("SELECT id, role, person_id, name, affiliation FROM oversight_inspection_member WHERE inspection_id = :id ORDER BY role, id")
			.param("id", id.value())
			.query((rs, n) -> new MemberRow(rs.getLong(1), TeamRole.valueOf(rs.getString(2)),
					(Long) rs.getObject(3, Long.class), rs.getString(4), rs.getString(5)))
			.list();
	}

	public List<AreaRow> areas(InspectionId id) {
		return jdbc.sql("""
				SELECT a.id, a.name,
				  (SELECT COUNT(*) FROM oversight_inspection_site s WHERE s.area_id = a.id),
				  (SELECT COUNT(*) FROM oversight_inspection_problem p JOIN oversight_inspection_site s ON s.id = p.site_id WHERE s.area_id = a.id)
				FROM oversight_inspection_area a WHERE a.inspection_id = :id ORDER BY a.id""")
			.param("id", id.value())
			.query((rs, n) -> new AreaRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
	}

	public List<SiteRow> sites(InspectionId id) {
		return jdbc.sql("""
				SELECT s.id, s.name, s.district, s.address, s.checked_on, s.mode, a.name,
				  (SELECT COUNT(*) FROM oversight_inspection_problem p WHERE p.site_id = s.id)
				FROM oversight_inspection_site s LEFT JOIN oversight_inspection_area a ON a.id = s.area_id
				WHERE s.inspection_id = :id ORDER BY s.checked_on, s.id""")
			.param("id", id.value())
			.query((rs, n) -> new SiteRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), SiteMode.valueOf(rs.getString(6)), rs.getString(7), rs.getLong(8)))
			.list();
	}

	public Page<ProblemRow> problems(ProblemQuery q, LocalDate today, int page, int size) {
		Where w = where(q, today);
		long total = jdbc.sql("SELECT COUNT(*) FROM oversight_inspection_problem p JOIN oversight_inspection i ON i.id = p.inspection_id" + w.sql)
			.params(w.params).query(Long.class).single();
		List<ProblemRow> items = jdbc.sql(PROBLEM + w.sql + " ORDER BY p.found_on DESC, p.id DESC LIMIT :limit OFFSET :offset")
			.params(w.params).param("limit", size).param("offset", Page.offset(page, size))
			.query(Inspections::problemRow).list();
		return new Page<>(items, page, size, total);
	}

	/** The first problems matching the query, latest found first, without counting them all. */
	List<ProblemRow> firstProblems(ProblemQuery q, LocalDate today, int size) {
		Where w = where(q, today);
		return jdbc.sql(PROBLEM + w.sql + " ORDER BY p.found_on DESC, p.id DESC LIMIT :limit").params(w.params)
			.param("limit", size).query(Inspections::problemRow).list();
	}

	/** Every problem matching the query, for exports and the report. */
	public List<ProblemRow> allProblems(ProblemQuery q, LocalDate today) {
		Where w = where(q, today);
		return jdbc.sql(PROBLEM + w.sql + " ORDER BY p.inspection_id, s.checked_on, p.id").params(w.params)
			.query(Inspections::problemRow).list();
	}

	public Optional<ProblemRow> problem(ProblemId id) {
		return jdbc.sql(PROBLEM + " WHERE p.id = :id").param("id", id.value()).query(Inspections::problemRow).optional();
	}

	/** The full record of a problem, with the unit's report and the verification notes. */
	public Optional<Problem> problemRecord(ProblemId id) {
		return jdbc.sql("SELECT " + ProblemStore.COLUMNS + " FROM oversight_inspection_problem WHERE id = :id")
			.param("id", id.value()).query(ProblemStore::map).optional();
	}

	/** Where an escalated problem went: the inquiry and the interpellation it is part of, if any. */
	public record EscalationLinks(Long inquiryId, Long interpellationId) {
	}

	public EscalationLinks escalationLinks(ProblemId id) {
		return jdbc.sql("SELECT inquiry_id, interpellation_id FROM oversight_inspection_problem WHERE id = :id")
			.param("id", id.value())
			.query((rs, n) -> new EscalationLinks((Long) rs.getObject(1, Long.class), (Long) rs.getObject(2, Long.class)))
			.optional().orElse(new EscalationLinks(null, null));
	}

	public List<PhotoRow> photos(ProblemId id) {
		return jdbc.sql("SELECT id, problem_id, name, content_type, size_bytes FROM oversight_inspection_photo WHERE problem_id = :p ORDER BY id")
			.param("p", id.value())
			.query((rs, n) -> new PhotoRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
			.list();
	}

	public Optional<PhotoRow> photo(long photoId) {
		return jdbc.sql("SELECT id, problem_id, name, content_type, size_bytes FROM oversight_inspection_photo WHERE id = :id")
			.param("id", photoId)
			.query((rs, n) -> new PhotoRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
			.optional();
	}

	public byte[] photoContent(long photoId) {
		return jdbc.sql("SELECT content FROM oversight_inspection_photo WHERE id = :id").param("id", photoId)
			.query((rs, n) -> rs.getBytes(1)).single();
	}

	public List<VisitRow> visits(Integer year, VisitKind kind) {
		StringBuilder sql = new StringBuilder("""
				SELECT v.id, v.report_year, v.kind, v.title, v.visited_on, v.place, v.participants, v.findings,
				  (SELECT COUNT(*) FROM oversight_visit_problem p WHERE p.visit_id = v.id),
				  (SELECT COUNT(*) FROM oversight_visit_problem p WHERE p.visit_id = v.id AND p.resolved_on IS NOT NULL)
				FROM oversight_visit v WHERE 1 = 1""");
		var params = new java.util.HashMap<String, Object>();
		if (year != null) {
			sql.append(" AND v.report_year = :year");
			params.put("year", year);
		}
		if (kind != null) {
			sql.append(" AND v.kind = :kind");
			params.put("kind", kind.name());
		}
		return jdbc.sql(sql + " ORDER BY v.visited_on DESC, v.id DESC").params(params).query(Inspections::visitRow).list();
	}

	public Optional<VisitRow> visit(VisitId id) {
		return jdbc.sql("""
				SELECT v.id, v.report_year, v.kind, v.title, v.visited_on, v.place, v.participants, v.findings,
				  (SELECT COUNT(*) FROM oversight_visit_problem p WHERE p.visit_id = v.id),
				  (SELECT COUNT(*) FROM oversight_visit_problem p WHERE p.visit_id = v.id AND p.resolved_on IS NOT NULL)
				FROM oversight_visit v WHERE v.id = :id""").param("id", id.value()).query(Inspections::visitRow).optional();
	}

	public List<VisitProblemRow> visitProblems(VisitId id) {
		return jdbc.sql("SELECT id, visit_id, description, unit_id, resolved_on, resolution, version FROM oversight_visit_problem WHERE visit_id = :v ORDER BY id")
			.param("v", id.value())
			.query((rs, n) -> new VisitProblemRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
					(Long) rs.getObject(4, Long.class), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getInt(7)))
			.list();
	}

	private static VisitRow visitRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new VisitRow(rs.getLong(1), rs.getInt(2), VisitKind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9),
				rs.getLong(10));
	}

	private static ProblemRow problemRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ProblemRow(rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("title"),
				rs.getString("law_title"), rs.getLong("site_id"), rs.getString("site_name"), rs.getString("district"),
				SiteMode.valueOf(rs.getString("mode")), rs.getString("description"), rs.getString("article_ref"),
				ProblemState.valueOf(rs.getString("state")), (Long) rs.getObject("unit_id", Long.class),
				rs.getObject("found_on", LocalDate.class), rs.getObject("assign_due", LocalDate.class),
				rs.getObject("assigned_on", LocalDate.class), rs.getObject("rectify_due", LocalDate.class),
				rs.getObject("closed_on", LocalDate.class), rs.getInt("version"));
	}

	private record Where(String sql, java.util.Map<String, Object> params) {
	}

	private static Where where(ProblemQuery q, LocalDate today) {
		StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
		var params = new java.util.HashMap<String, Object>();
		if (q.inspectionId() != null) {
			sql.append(" AND p.inspection_id = :insp");
			params.put("insp", q.inspectionId());
		}
		if (q.state() != null) {
			sql.append(" AND p.state = :state");
			params.put("state", q.state().name());
		}
		if (q.unitId() != null) {
			sql.append(" AND p.unit_id = :unit");
			params.put("unit", q.unitId());
		}
		if (q.year() != null) {
			sql.append(" AND i.report_year = :year");
			params.put("year", q.year());
		}
		if (q.overdue()) {
			sql.append(" AND ((p.state IN ('ASSIGNED', 'NOT_FIXED') AND p.rectify_due < :today)"
					+ " OR (p.state = 'FOUND' AND p.assign_due < :today))");
			params.put("today", today);
		}
		return new Where(sql.toString(), params);
	}
}
