package org.lvzhi.oversight.inspections;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the inspection dashboard's summary of problems (how many per report year, state and whether
 * a unit is responsible) equal to the problems, in the transaction of every write: a write reads the
 * problem's cell before and after the change and moves one count between them. A missing cell is
 * inserted with {@code ON CONFLICT DO NOTHING} before the {@code UPDATE … SET problems = problems + ?},
 * so concurrent writers lose no count; cells are changed in key order, so they cannot deadlock.
 *
 * <p>Recount (the summary must equal it, empty cells aside):
 * <pre>
 * SELECT i.report_year, p.state, p.unit_id IS NOT NULL, COUNT(*) FROM oversight_inspection_problem p
 * JOIN oversight_inspection i ON i.id = p.inspection_id GROUP BY i.report_year, p.state, p.unit_id IS NOT NULL
 * </pre>
 */
@Component
class InspectionTallies {

	/** The cell a problem counts in. */
	record Cell(int year, String state, boolean withUnit) implements Comparable<Cell> {

		public int compareTo(Cell o) {
			return (year + "|" + state + "|" + withUnit).compareTo(o.year + "|" + o.state + "|" + o.withUnit);
		}
	}

	private final JdbcClient jdbc;

	InspectionTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The problem's cell, or {@code null} when there is no such problem. */
	Cell problem(long id) {
		return jdbc.sql("""
				SELECT i.report_year, p.state, p.unit_id FROM oversight_inspection_problem p
				JOIN oversight_inspection i ON i.id = p.inspection_id WHERE p.id = :id""")
			.param("id", id)
			.query((rs, n) -> new Cell(rs.getInt(1), rs.getString(2), rs.getObject(3) != null))
			.optional().orElse(null);
	}

	/** After a problem was inserted or changed: {@code before} is the cell it counted in (null if new). */
	void problemChanged(long id, Cell before) {
		Cell after = problem(id);
		if (before != null && before.equals(after)) {
			return;
		}
		Map<Cell, Long> deltas = new TreeMap<>();
		if (before != null) {
			deltas.merge(before, -1L, Long::sum);
		}
		if (after != null) {
			deltas.merge(after, 1L, Long::sum);
		}
		deltas.forEach((cell, d) -> {
			Map<String, Object> p = Map.of("y", cell.year(), "s", cell.state(), "u", cell.withUnit(), "d", d);
			String update = "UPDATE oversight_problem_tally SET problems = problems + :d"
					+ " WHERE report_year = :y AND state = :s AND with_unit = :u";
			if (jdbc.sql(update).params(p).update() == 0
					&& jdbc.sql("INSERT INTO oversight_problem_tally (report_year, state, with_unit, problems)"
							+ " VALUES (:y, :s, :u, :d) ON CONFLICT DO NOTHING").params(p).update() == 0) {
				// Inserted meanwhile by a concurrent writer, whose row lock the update now waits for.
				jdbc.sql(update).params(p).update();
			}
		});
	}
}
