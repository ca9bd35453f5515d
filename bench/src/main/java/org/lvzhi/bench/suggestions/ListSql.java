package org.lvzhi.bench.suggestions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SQL of the staff list {@code /suggestions?state=&unit=&year=&page=}, copied from
 * {@code org.lvzhi.suggestions.Suggestions#find} (count, then the page) and the name look-ups the
 * page makes through {@code Names.Lookup} (one {@code findById} per distinct deputy and unit):
 * when those change, change this too (the check before the measurement fails when the two
 * disagree on which suggestions a page shows).
 */
final class ListSql {

	private static final String LEAD_UNIT = "(SELECT MIN(a.organization_id) FROM suggestions_assignment a WHERE a.suggestion_id = s.id AND a.status <> 'RETURNED' AND a.role <> 'CO')";
	private static final String WHERE = " WHERE s.state <> 'DRAFT' AND s.state = ? AND EXISTS (SELECT 1 FROM suggestions_assignment a WHERE a.suggestion_id = s.id AND a.organization_id = ? AND a.status <> 'RETURNED') AND s.session_year = ?";
	/** Capped as {@code Suggestions.countCapped} counts: past the cap the pager says "or more". */
	static final String COUNT = "SELECT COUNT(*) FROM (SELECT 1 FROM suggestions_suggestion s" + WHERE + " LIMIT ?) c";
	static final String PAGE = "SELECT s.id, s.number, s.session_year, s.title, s.category, s.state, s.key_suggestion, s.lead_deputy_id, "
			+ LEAD_UNIT + " AS lead_unit, s.submitted_on, s.answer_due, s.feedback_due FROM suggestions_suggestion s" + WHERE
			+ " ORDER BY s.session_year DESC, s.seq DESC NULLS FIRST, s.id DESC LIMIT ? OFFSET ?";
	static final String PERSON = "SELECT * FROM directory_person WHERE id = ?";
	static final String ORGANIZATION = "SELECT * FROM directory_organization WHERE id = ?";

	private ListSql() {
	}

	/** {@code org.lvzhi.platform.Page#countCap}. */
	static int countCap(int page, int size) {
		return Math.max(10_000, (page + 10) * size) + 1;
	}

	/** The ids a page shows, in order, after every statement the page needs. */
	static List<Long> find(Connection c, String state, long unit, int year, int page, int size) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(COUNT)) {
			bind(ps, state, unit, year);
			ps.setInt(4, countCap(page, size));
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				rs.getLong(1);
			}
		}
		List<Long> ids = new ArrayList<>();
		Set<Long> deputies = new LinkedHashSet<>();
		Set<Long> units = new LinkedHashSet<>();
		try (PreparedStatement ps = c.prepareStatement(PAGE)) {
			bind(ps, state, unit, year);
			ps.setInt(4, size);
			ps.setInt(5, (page - 1) * size);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getLong("id"));
					rs.getString("title");
					rs.getString("number");
					deputies.add(rs.getLong("lead_deputy_id"));
					long lead = rs.getLong("lead_unit");
					if (!rs.wasNull()) {
						units.add(lead);
					}
				}
			}
		}
		lookUp(c, PERSON, deputies);
		lookUp(c, ORGANIZATION, units);
		return ids;
	}

	private static void lookUp(Connection c, String sql, Set<Long> ids) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			for (long id : ids) {
				ps.setLong(1, id);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
				}
			}
		}
	}

	private static void bind(PreparedStatement ps, String state, long unit, int year) throws SQLException {
		ps.setString(1, state);
		ps.setLong(2, unit);
		ps.setInt(3, year);
	}

	static List<String> explainable(String state, long unit, int year, int page, int size) {
		String w = "'" + state + "'";
		return List.of(
				COUNT.replaceFirst("\\?", w).replaceFirst("\\?", Long.toString(unit)).replaceFirst("\\?", Integer.toString(year))
					.replaceFirst("\\?", Integer.toString(countCap(page, size))),
				PAGE.replaceFirst("\\?", w).replaceFirst("\\?", Long.toString(unit)).replaceFirst("\\?", Integer.toString(year))
					.replaceFirst("\\?", Integer.toString(size)).replaceFirst("\\?", Integer.toString((page - 1) * size)));
	}
}
