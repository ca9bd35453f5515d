package org.lvzhi.bench.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL the person list runs, sent straight to the database: the raw baseline of the benchmark.
 *
 * <p><b>Kept in sync by hand with {@code src/main/java/org/lvzhi/directory/PersonSearch.java}</b>
 * ({@code find}, {@code currentBodies}, {@code count}, {@code where}, {@code statusClause}) and with
 * {@code Directory.findPersons}, which calls them in this order inside one read-only transaction.
 * Spring's named parameters become positional ones in order of appearance; {@code IN (:ids)}
 * becomes one {@code ?} per id. Only the filters the benchmark uses (name, level, status) are
 * mirrored. The list page also reads every body for its filter drop-down
 * ({@code OrganizationSearch}); {@link #ORGANIZATIONS} is that query, run only in the experiments.
 */
final class DirectorySql {

	static final int PAGE_SIZE = 20;

	static final String ORGANIZATIONS = "SELECT * FROM directory_organization o ORDER BY o.classification, o.id LIMIT ? OFFSET ?";

	/** What the list page shows: one page of persons, their current bodies, and the total. */
	record Result(List<Long> ids, List<String> names, Map<Long, List<String>> bodies, long total) {
	}

	/** The criteria the benchmark uses; null means absent, as in {@code PersonQuery}. */
	record Query(String name, String level, String status, int page) {

		String httpPath() {
			StringBuilder b = new StringBuilder("/directory/persons?");
			if (name != null) {
				b.append("name=").append(org.lvzhi.bench.Http.enc(name)).append('&');
			}
			if (level != null) {
				b.append("level=").append(level).append('&');
			}
			if (status != null) {
				b.append("status=").append(status).append('&');
			}
			return b.append("page=").append(page).toString();
		}
	}

	private record Where(String sql, List<Object> params) {
	}

	private DirectorySql() {
	}

	static Result find(Connection c, Query q, LocalDate today) throws SQLException {
		Where where = where(q, today);
		List<Long> ids = new ArrayList<>(PAGE_SIZE);
		List<String> names = new ArrayList<>(PAGE_SIZE);
		// PersonSearch.find
		try (PreparedStatement ps = c.prepareStatement("SELECT * FROM directory_person p" + where.sql()
				+ " ORDER BY p.name, p.id LIMIT ? OFFSET ?")) {
			int i = bind(ps, where.params());
			ps.setInt(i++, PAGE_SIZE);
			ps.setInt(i, (q.page() - 1) * PAGE_SIZE);
			try (ResultSet rs = ps.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					for (int col = 1; col <= columns; col++) {
						rs.getObject(col); // the app maps every column into PersonRow
					}
					ids.add(rs.getLong("id"));
					names.add(rs.getString("name"));
				}
			}
		}
		Map<Long, List<String>> bodies = currentBodies(c, ids, today);
		// PersonSearch.count, capped as Directory.findPersons caps it (Page.countCap)
		long total;
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT COUNT(*) FROM (SELECT 1 FROM directory_person p" + where.sql() + " LIMIT ?) c")) {
			int next = bind(ps, where.params());
			ps.setInt(next, Math.max(10_000, (q.page() + 10) * PAGE_SIZE) + 1);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				total = rs.getLong(1);
			}
		}
		c.commit();
		return new Result(ids, names, bodies, total);
	}

	/** PersonSearch.currentBodies */
	private static Map<Long, List<String>> currentBodies(Connection c, List<Long> ids, LocalDate today)
			throws SQLException {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<String>> result = new LinkedHashMap<>();
		String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
		try (PreparedStatement ps = c.prepareStatement("""
				SELECT m.person_id, o.name FROM directory_membership m
				JOIN directory_organization o ON o.id = m.organization_id
				WHERE m.person_id IN (%s) AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date >= ?)
				ORDER BY m.person_id, m.start_date, m.id""".formatted(in))) {
			int i = 1;
			for (Long id : ids) {
				ps.setObject(i++, id);
			}
			ps.setObject(i++, today);
			ps.setObject(i, today);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
				}
			}
		}
		return result;
	}

	/** PersonSearch.where and statusClause, for the name, level and status filters. */
	private static Where where(Query q, LocalDate today) {
		List<String> clauses = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (q.name() != null && !q.name().isBlank()) {
			clauses.add("p.name LIKE ?");
			params.add("%" + q.name().strip().replace("%", "").replace("_", "") + "%");
		}
		String status = "";
		List<Object> statusParams = new ArrayList<>();
		if ("CURRENT".equals(q.status())) {
			status = " AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date >= ?)";
			statusParams = List.of(today, today);
		}
		else if ("ENDED".equals(q.status())) {
			status = " AND m.end_date < ?";
			statusParams = List.of(today);
		}
		if (q.level() != null) {
			clauses.add("EXISTS (SELECT 1 FROM directory_membership m JOIN directory_organization o ON o.id = m.organization_id"
					+ " WHERE m.person_id = p.id AND m.role = 'DEPUTY' AND o.level = ?" + status + ")");
			params.add(q.level());
			params.addAll(statusParams);
		}
		else if (!status.isEmpty()) {
			clauses.add("EXISTS (SELECT 1 FROM directory_membership m WHERE m.person_id = p.id" + status + ")");
			params.addAll(statusParams);
		}
		return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
	}

	private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
		int i = 1;
		for (Object p : params) {
			ps.setObject(i++, p);
		}
		return i;
	}

	/** The SQL of a query with its parameters written in, for EXPLAIN. */
	static List<String> explainable(Query q, LocalDate today) {
		Where where = where(q, today);
		String w = where.sql();
		for (Object p : where.params()) {
			w = w.replaceFirst("\\?", java.util.regex.Matcher.quoteReplacement(literal(p)));
		}
		return List.of(
				"SELECT * FROM directory_person p" + w + " ORDER BY p.name, p.id LIMIT " + PAGE_SIZE + " OFFSET "
						+ (q.page() - 1) * PAGE_SIZE,
				"SELECT COUNT(*) FROM (SELECT 1 FROM directory_person p" + w + " LIMIT "
						+ (Math.max(10_000, (q.page() + 10) * PAGE_SIZE) + 1) + ") c");
	}

	static String bodiesExplainable(List<Long> ids, LocalDate today) {
		String in = ids.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("0");
		return """
				SELECT m.person_id, o.name FROM directory_membership m
				JOIN directory_organization o ON o.id = m.organization_id
				WHERE m.person_id IN (%s) AND m.start_date <= %s AND (m.end_date IS NULL OR m.end_date >= %s)
				ORDER BY m.person_id, m.start_date, m.id""".formatted(in, literal(today), literal(today));
	}

	private static String literal(Object p) {
		if (p instanceof LocalDate d) {
			return "DATE '" + d + "'";
		}
		return "'" + p.toString().replace("'", "''") + "'";
	}
}
