package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.oversight.inspections.InspectionViews.ProblemRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of the inspection dashboard, each one aggregate query over the problem table: open
 * problems per responsible unit by age since assignment, overdue rectifications, and the
 * rectification rate per year.
 */
@Service
public class InspectionDashboard {

	/** Open problems of one unit, by months since assignment: under 1, 1–3, 3–6, over 6. */
	public record UnitAges(long unitId, long under1, long from1to3, long from3to6, long over6) {

		public long total() {
			return under1 + from1to3 + from3to6 + over6;
		}
	}

	/** Problems found in a year, how many were assigned and how many closed (销号). */
	public record YearRate(int year, long found, long assigned, long closed) {

		/** Closed among assigned, in percent with one decimal, or 0 when none was assigned. */
		public double rate() {
			return assigned == 0 ? 0 : Math.round(closed * 1000.0 / assigned) / 10.0;
		}
	}

	public record Summary(long open, long overdue, long closed, long assigned, List<UnitAges> byUnit,
			List<YearRate> byYear, List<ProblemRow> overdueItems) {

		public double rate() {
			return assigned == 0 ? 0 : Math.round(closed * 1000.0 / assigned) / 10.0;
		}
	}

	/** How many units the chart shows; the rest are summed in the table only. */
	static final int TOP_UNITS = 15;

	private final JdbcClient jdbc;
	private final Inspections inspections;

	InspectionDashboard(JdbcClient jdbc, Inspections inspections) {
		this.jdbc = jdbc;
		this.inspections = inspections;
	}

	public Summary summary(LocalDate today) {
		List<UnitAges> byUnit = byUnit(today);
		// Counts by state and unit from the summary; what depends on today from the problems' indexes.
		var totals = jdbc.sql("""
				SELECT
				  COALESCE(SUM(CASE WHEN state IN ('FOUND', 'ASSIGNED', 'REPORTED', 'NOT_FIXED') THEN problems END), 0),
				  COALESCE(SUM(CASE WHEN state = 'CLOSED' THEN problems END), 0),
				  COALESCE(SUM(CASE WHEN with_unit THEN problems END), 0)
				FROM oversight_problem_tally""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).single();
		long overdueCount = jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM oversight_inspection_problem
				        WHERE state IN ('ASSIGNED', 'NOT_FIXED') AND rectify_due < :today)
				     + (SELECT COUNT(*) FROM oversight_inspection_problem WHERE state = 'FOUND' AND assign_due < :today)""")
			.param("today", today).query(Long.class).single();
		var overdue = inspections.firstProblems(new ProblemQuery(null, null, null, true, null), today, 20);
		return new Summary(totals[0], overdueCount, totals[1], totals[2], byUnit, byYear(), overdue);
	}

	public List<UnitAges> byUnit(LocalDate today) {
		return jdbc.sql("""
				SELECT unit_id,
				  COUNT(CASE WHEN assigned_on > :m1 THEN 1 END),
				  COUNT(CASE WHEN assigned_on <= :m1 AND assigned_on > :m3 THEN 1 END),
				  COUNT(CASE WHEN assigned_on <= :m3 AND assigned_on > :m6 THEN 1 END),
				  COUNT(CASE WHEN assigned_on <= :m6 THEN 1 END)
				FROM oversight_inspection_problem
				WHERE state IN ('ASSIGNED', 'REPORTED', 'NOT_FIXED') AND unit_id IS NOT NULL
				GROUP BY unit_id
				ORDER BY COUNT(*) DESC, unit_id""")
			.param("m1", today.minusMonths(1)).param("m3", today.minusMonths(3)).param("m6", today.minusMonths(6))
			.query((rs, n) -> new UnitAges(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.list();
	}

	public List<YearRate> byYear() {
		return jdbc.sql("""
				SELECT report_year, SUM(problems), SUM(CASE WHEN with_unit THEN problems ELSE 0 END),
				  SUM(CASE WHEN state = 'CLOSED' THEN problems ELSE 0 END)
				FROM oversight_problem_tally GROUP BY report_year HAVING SUM(problems) > 0 ORDER BY report_year""")
			.query((rs, n) -> new YearRate(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
	}
}
