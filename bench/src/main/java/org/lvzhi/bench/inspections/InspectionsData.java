package org.lvzhi.bench.inspections;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Ten years of national-scale inspection records, written by set-based SQL inside PostgreSQL
 * (generate_series, one INSERT … SELECT per table and year) so that loading a million rows takes
 * seconds rather than the hours the use cases would.
 *
 * <p>Per year: {@code inspections} inspections with {@code sites} sites each and 0 to 5 problems per
 * site (2.5 on average), each problem assigned to one of {@code units} units. Problems older than a
 * year are 95% closed, the last year's are spread over every state, so that the dashboard has open
 * and overdue problems of every age to count.
 */
final class InspectionsData {

	final int years;
	final int inspections;
	final int sites;
	final int units;
	final LocalDate today;
	long unitBase;

	InspectionsData(int years, int inspections, int sites, int units, LocalDate today) {
		this.years = years;
		this.inspections = inspections;
		this.sites = sites;
		this.units = units;
		this.today = today;
	}

	long load(Connection c) throws SQLException {
		c.setAutoCommit(false);
		long rows = 0;
		try (Statement s = c.createStatement()) {
			s.execute("INSERT INTO directory_organization (name, classification, version) SELECT '基准责任单位' || g, "
					+ "'GOVERNMENT_DEPARTMENT', 1 FROM generate_series(1, " + units + ") g");
			try (var rs = s.executeQuery("SELECT min(id) FROM directory_organization WHERE name LIKE '基准责任单位%'")) {
				rs.next();
				unitBase = rs.getLong(1);
			}
		}
		int firstYear = today.getYear() - years + 1;
		for (int year = firstYear; year <= today.getYear(); year++) {
			rows += year(c, year);
			c.commit();
		}
		// The dashboard's summary, recounted whole as its migration backfills it (the app keeps it on every write).
		try (Statement s = c.createStatement()) {
			s.executeUpdate("DELETE FROM oversight_problem_tally");
			rows += s.executeUpdate("""
					INSERT INTO oversight_problem_tally (report_year, state, with_unit, problems)
					SELECT i.report_year, p.state, p.unit_id IS NOT NULL, COUNT(*)
					FROM oversight_inspection_problem p JOIN oversight_inspection i ON i.id = p.inspection_id
					GROUP BY i.report_year, p.state, p.unit_id IS NOT NULL""");
		}
		c.commit();
		return rows;
	}

	private long year(Connection c, int year) throws SQLException {
		long rows = 0;
		LocalDate start = LocalDate.of(year, 1, 1);
		// The current year only up to today, so that nothing is found in the future.
		int days = year == today.getYear() ? Math.max(1, today.getDayOfYear() - 1) : 365;
		try (PreparedStatement ps = c.prepareStatement("""
				INSERT INTO oversight_inspection (report_year, title, law_title, topic, lead_body, started_on, created_at, version)
				SELECT ?, '基准执法检查' || ? || '-' || g, '基准法规' || (g % 300), CASE WHEN g % 50 = 0 THEN 'FOOD_DRUG'
				  WHEN g % 50 = 1 THEN 'BUSINESS_ENVIRONMENT' ELSE 'OTHER' END, '基准专门委员会',
				  ?::date + (g * 7919 % ?), now(), 0
				FROM generate_series(1, ?) g""")) {
			ps.setInt(1, year);
			ps.setInt(2, year);
			ps.setObject(3, start);
			ps.setInt(4, days);
			ps.setInt(5, inspections);
			rows += ps.executeUpdate();
		}
		try (PreparedStatement ps = c.prepareStatement("""
				INSERT INTO oversight_inspection_site (inspection_id, name, district, address, checked_on, mode)
				SELECT i.id, '基准点位' || i.id || '-' || g, '区' || (g % 17), '地址' || g,
				  LEAST(i.started_on + (g % 30), ?::date), CASE WHEN g % 3 = 0 THEN 'UNANNOUNCED' ELSE 'ANNOUNCED' END
				FROM oversight_inspection i CROSS JOIN generate_series(1, ?) g WHERE i.report_year = ?""")) {
			ps.setObject(1, today.minusDays(1));
			ps.setInt(2, sites);
			ps.setInt(3, year);
			rows += ps.executeUpdate();
		}
		// 0..5 problems per site from the site's id; states by age: a problem found more than a year ago is
		// nearly always closed, a recent one may be anywhere on its way.
		try (PreparedStatement ps = c.prepareStatement("""
				INSERT INTO oversight_inspection_problem (inspection_id, site_id, description, article_ref, state, found_on,
				  assign_due, unit_id, assigned_on, rectify_due, reported_on, closed_on, version)
				SELECT x.inspection_id, x.id, '基准问题' || x.id || '-' || x.k, '第' || (x.k + 10) || '条', x.state, x.found,
				  x.found + 10, CASE WHEN x.state = 'FOUND' THEN NULL ELSE ? + (x.id * 31 + x.k) % ? END,
				  CASE WHEN x.state = 'FOUND' THEN NULL ELSE x.found + 5 END,
				  CASE WHEN x.state = 'FOUND' THEN NULL ELSE x.found + 97 END,
				  CASE WHEN x.state IN ('REPORTED', 'CLOSED') THEN x.found + 60 END,
				  CASE WHEN x.state = 'CLOSED' THEN x.found + 80 END, 0
				FROM (
				  SELECT s.id, s.inspection_id, k, s.checked_on AS found,
				    CASE WHEN s.checked_on < ?::date - 365 THEN
				           CASE WHEN (s.id + k) % 20 = 0 THEN 'ASSIGNED' ELSE 'CLOSED' END
				         ELSE CASE (s.id + k) % 6 WHEN 0 THEN 'FOUND' WHEN 1 THEN 'ASSIGNED' WHEN 2 THEN 'REPORTED'
				                  WHEN 3 THEN 'NOT_FIXED' ELSE 'CLOSED' END END AS state
				  FROM oversight_inspection_site s JOIN oversight_inspection i ON i.id = s.inspection_id
				  CROSS JOIN generate_series(1, 5) k
				  WHERE i.report_year = ? AND k <= s.id % 6
				) x""")) {
			ps.setLong(1, unitBase);
			ps.setInt(2, units);
			ps.setObject(3, today);
			ps.setInt(4, year);
			rows += ps.executeUpdate();
		}
		return rows;
	}

	static void account(Connection c, String username, String passwordHash) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts_account (username, password_hash, display_name,"
				+ " role, office_code, enabled, created_at, version) VALUES (?, ?, '基准测试员', 'STAFF',"
				+ " 'GENERAL_OFFICE', TRUE, now(), 0)")) {
			ps.setString(1, username);
			ps.setString(2, passwordHash);
			ps.executeUpdate();
		}
		c.commit();
	}
}
