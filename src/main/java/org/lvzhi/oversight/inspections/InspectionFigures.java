package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;

/**
 * The annual report's inspection figures, each counted from the records of the year: an inspection
 * belongs to the year it started, a visit to the year it took place. The figures of "the food and
 * drug inspection" and "the business-environment inspection" count every inspection of that topic
 * in the year (one each in 2023).
 */
@Configuration(proxyBeanMethods = false)
class InspectionFigures {

	private static final String FOOD = "'" + Topic.FOOD_DRUG.name() + "'";
	private static final String BUSINESS = "'" + Topic.BUSINESS_ENVIRONMENT.name() + "'";

	@Bean
	Figure inspectionsAndVisitsFigure(JdbcClient jdbc, InspectionAccess access) {
		return new SqlFigure(jdbc, access, "inspections_and_visits", 60, """
				SELECT CAST(i.id AS VARCHAR(20)) AS rid, i.title AS title, i.started_on AS rec_day, '/oversight/inspections/' AS link
				FROM oversight_inspection i WHERE i.report_year = :year
				UNION ALL
				SELECT CAST(v.id AS VARCHAR(20)), v.title, v.visited_on, '/oversight/visits/'
				FROM oversight_visit v WHERE v.report_year = :year AND v.kind IN ('INSPECTION', 'RESEARCH')""");
	}

	@Bean
	Figure fieldResearchFigure(JdbcClient jdbc, InspectionAccess access) {
		return visits(jdbc, access, "field_research", 61, "FIELD_RESEARCH");
	}

	@Bean
	Figure foodDrugDeputiesFigure(JdbcClient jdbc, InspectionAccess access) {
		return members(jdbc, access, "food_drug_inspection_deputies", 62, FOOD, TeamRole.DEPUTY);
	}

	@Bean
	Figure foodDrugExpertsFigure(JdbcClient jdbc, InspectionAccess access) {
		return members(jdbc, access, "food_drug_inspection_experts", 63, FOOD, TeamRole.EXPERT);
	}

	@Bean
	Figure foodDrugSitesFigure(JdbcClient jdbc, InspectionAccess access) {
		return sites(jdbc, access, "food_drug_inspection_sites", 64, FOOD);
	}

	@Bean
	Figure foodDrugProblemsFigure(JdbcClient jdbc, InspectionAccess access) {
		return problems(jdbc, access, "food_drug_inspection_problems", 65, FOOD);
	}

	@Bean
	Figure businessAreasFigure(JdbcClient jdbc, InspectionAccess access) {
		return new SqlFigure(jdbc, access, "business_env_inspection_areas", 66, """
				SELECT CAST(a.id AS VARCHAR(20)) AS rid, a.name || '（' || i.title || '）' AS title, i.started_on AS rec_day,
				  '/oversight/inspections/' || CAST(i.id AS VARCHAR(20)) || '#areas' AS link
				FROM oversight_inspection_area a JOIN oversight_inspection i ON i.id = a.inspection_id
				WHERE i.report_year = :year AND i.topic = """ + BUSINESS);
	}

	@Bean
	Figure businessSitesFigure(JdbcClient jdbc, InspectionAccess access) {
		return sites(jdbc, access, "business_env_inspection_sites", 67, BUSINESS);
	}

	@Bean
	Figure businessProblemsFigure(JdbcClient jdbc, InspectionAccess access) {
		return problems(jdbc, access, "business_env_inspection_problems", 68, BUSINESS);
	}

	@Bean
	Figure enterpriseVisitsFigure(JdbcClient jdbc, InspectionAccess access) {
		return visits(jdbc, access, "enterprise_project_visits", 69, "ENTERPRISE");
	}

	@Bean
	Figure enterpriseProblemsFigure(JdbcClient jdbc, InspectionAccess access) {
		return new SqlFigure(jdbc, access, "enterprise_problems_coordinated", 70, """
				SELECT CAST(p.id AS VARCHAR(20)) AS rid, v.title || '：' || p.description AS title, p.resolved_on AS rec_day,
				  '/oversight/visits/' || CAST(v.id AS VARCHAR(20)) AS link, v.title || ' #' || CAST(p.id AS VARCHAR(20)) AS label
				FROM oversight_visit_problem p JOIN oversight_visit v ON v.id = p.visit_id
				WHERE v.report_year = :year AND v.kind = 'ENTERPRISE' AND p.resolved_on IS NOT NULL""", true);
	}

	private static Figure visits(JdbcClient jdbc, InspectionAccess access, String key, int order, String kind) {
		return new SqlFigure(jdbc, access, key, order, """
				SELECT CAST(v.id AS VARCHAR(20)) AS rid, v.title AS title, v.visited_on AS rec_day, '/oversight/visits/' AS link
				FROM oversight_visit v WHERE v.report_year = :year AND v.kind = '""" + kind + "'");
	}

	private static Figure members(JdbcClient jdbc, InspectionAccess access, String key, int order, String topic, TeamRole role) {
		return new SqlFigure(jdbc, access, key, order, """
				SELECT CAST(m.id AS VARCHAR(20)) AS rid, m.name || '（' || i.title || '）' AS title, i.started_on AS rec_day,
				  '/oversight/inspections/' || CAST(i.id AS VARCHAR(20)) || '#team' AS link,
				  i.title || ' #' || CAST(m.id AS VARCHAR(20)) AS label
				FROM oversight_inspection_member m JOIN oversight_inspection i ON i.id = m.inspection_id
				WHERE i.report_year = :year AND i.topic = """ + topic + " AND m.role = '" + role.name() + "'", true);
	}

	private static Figure sites(JdbcClient jdbc, InspectionAccess access, String key, int order, String topic) {
		return new SqlFigure(jdbc, access, key, order, """
				SELECT CAST(s.id AS VARCHAR(20)) AS rid, s.name || '（' || COALESCE(s.district, '') || '）' AS title,
				  s.checked_on AS rec_day, '/oversight/inspections/' || CAST(i.id AS VARCHAR(20)) || '#sites' AS link
				FROM oversight_inspection_site s JOIN oversight_inspection i ON i.id = s.inspection_id
				WHERE i.report_year = :year AND i.topic = """ + topic);
	}

	private static Figure problems(JdbcClient jdbc, InspectionAccess access, String key, int order, String topic) {
		return new SqlFigure(jdbc, access, key, order, """
				SELECT CAST(p.id AS VARCHAR(20)) AS rid, p.description AS title, p.found_on AS rec_day,
				  '/oversight/inspections/problems/' AS link, i.title || ' #' || CAST(p.id AS VARCHAR(20)) AS label
				FROM oversight_inspection_problem p JOIN oversight_inspection i ON i.id = p.inspection_id
				WHERE i.report_year = :year AND i.topic = """ + topic, true);
	}

	/**
	 * A figure whose records come from one query of (rid, title, rec_day, link); a link ending in a slash
	 * gets the record's ID appended. When {@code withheld}, the query also answers a neutral
	 * {@code label} (the inspection or visit and a number), and the title — a problem found at a
	 * site, a team member's name — is shown only to readers who may open the record.
	 */
	record SqlFigure(JdbcClient jdbc, InspectionAccess access, String key, int order, String recordsSql,
			boolean withheld) implements Figure {

		SqlFigure(JdbcClient jdbc, InspectionAccess access, String key, int order, String recordsSql) {
			this(jdbc, access, key, order, recordsSql, false);
		}

		public long value(int year) {
			return jdbc.sql("SELECT COUNT(*) FROM (" + recordsSql + ") f").param("year", year).query(Long.class)
				.single();
		}

		public List<FigureRecord> records(int year) {
			return jdbc.sql("SELECT rid, title, rec_day, link" + (withheld ? ", label" : "") + " FROM (" + recordsSql
					+ ") f ORDER BY rec_day, rid")
				.param("year", year)
				.query((rs, n) -> {
					String link = rs.getString("link");
					String id = rs.getString("rid");
					String page = link.endsWith("/") ? link + id : link;
					LocalDate on = rs.getObject("rec_day", LocalDate.class);
					return withheld ? FigureRecord.withheld(id, rs.getString("title"), rs.getString("label"), on, page)
							: new FigureRecord(id, rs.getString("title"), on, page);
				})
				.list();
		}

		/** Inspections and visits belong to the year of their report: the latest such year with any. */
		public OptionalInt latestYear() {
			return jdbc.sql("SELECT MAX(y) FROM (SELECT MAX(report_year) AS y FROM oversight_inspection"
					+ " UNION ALL SELECT MAX(report_year) FROM oversight_visit) t")
				.query((rs, n) -> {
					int year = rs.getInt(1);
					return rs.wasNull() ? null : year;
				})
				.list().stream().filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).findFirst();
		}

		/** Staff and members read inspections, visits and their problem lists; units only their own problems. */
		public boolean mayOpen(FigureRecord record, Authentication reader) {
			return access.canRead(reader);
		}
	}
}
