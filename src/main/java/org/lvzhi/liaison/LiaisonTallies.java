package org.lvzhi.liaison;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the station dashboard's summary tables equal to the rows they count, in the transaction of
 * the write. Each counted row (an opinion, a recorded reception day) contributes to four cells: its
 * district's day and month, and the whole country's ({@link #COUNTRY}) day and month. A write reads
 * the row's contribution before and after the change and adds the difference; the summaries are
 * never recounted.
 *
 * <p>Cells are changed by {@code UPDATE … SET n = n + ?}, and one that does not exist yet is
 * inserted with {@code ON CONFLICT DO NOTHING} first, so concurrent writers never lose an
 * increment; they are always changed in key order, so two writers touching the same cells cannot
 * deadlock. A station moved to another district moves its rows' contributions with it; the move
 * locks the station first, which waits for writers of the station's opinions (the foreign key
 * holds a share lock on it) and holds new ones back until the move is committed.
 *
 * <p>Recount (the summaries must equal it, cells whose measures are all zero aside):
 * <pre>
 * SELECT 'M', COALESCE(s.district, ''), CAST(DATE_TRUNC('month', CAST(o.received_on AS TIMESTAMP)) AS DATE),
 *   o.category, o.state, COUNT(*), SUM(CASE WHEN o.state = 'CLOSED' AND o.solved THEN 1 ELSE 0 END), …
 * FROM liaison_opinion o LEFT JOIN liaison_station s ON s.id = o.station_id GROUP BY 1, 2, 3, 4, 5
 * </pre>
 * (see the migration that created them for every cell kind).
 */
@Component
class LiaisonTallies {

	/** The district of the cells that count the whole country (no station's district is "*"). */
	static final String COUNTRY = "*";

	private final JdbcClient jdbc;

	LiaisonTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What one opinion counts: its cell key and measures, or {@code null} when it does not exist. */
	record OpinionCount(String district, LocalDate receivedOn, String category, String state, long solved,
			long solvedDays) {
	}

	/** What one reception day counts: nothing unless recorded. */
	record DayCount(String district, LocalDate heldOn, long visits, long constituents) {
	}

	private record Cell(String table, String span, String district, LocalDate period, String category, String state)
			implements Comparable<Cell> {

		public int compareTo(Cell o) {
			return key().compareTo(o.key());
		}

		private String key() {
			return table + '|' + span + '|' + district + '|' + period + '|' + category + '|' + state;
		}
	}

	OpinionCount opinion(long id) {
		return opinions(List.of(id)).stream().findFirst().orElse(null);
	}

	private List<OpinionCount> opinions(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT COALESCE(s.district, '') AS district, o.received_on, o.category, o.state, o.solved, o.closed_on
				FROM liaison_opinion o LEFT JOIN liaison_station s ON s.id = o.station_id WHERE o.id IN (:ids)""")
			.param("ids", ids)
			.query((rs, n) -> {
				LocalDate received = rs.getObject("received_on", LocalDate.class);
				LocalDate closed = rs.getObject("closed_on", LocalDate.class);
				String state = rs.getString("state");
				boolean solved = OpinionState.CLOSED.name().equals(state) && rs.getBoolean("solved");
				return new OpinionCount(rs.getString("district"), received, rs.getString("category"), state,
						solved ? 1 : 0, solved && closed != null ? ChronoUnit.DAYS.between(received, closed) : 0);
			})
			.list();
	}

	DayCount day(long id) {
		return days(List.of(id)).stream().findFirst().orElse(null);
	}

	private List<DayCount> days(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT s.district, d.held_on, d.constituents_received,
				  (SELECT COUNT(*) FROM liaison_reception_deputy rd WHERE rd.day_id = d.id AND rd.present = TRUE) AS present
				FROM liaison_reception_day d JOIN liaison_station s ON s.id = d.station_id
				WHERE d.id IN (:ids) AND d.state = 'RECORDED'""")
			.param("ids", ids)
			.query((rs, n) -> new DayCount(rs.getString("district"), rs.getObject("held_on", LocalDate.class),
					rs.getLong("present"), rs.getLong("constituents_received")))
			.list();
	}

	/** After an opinion was inserted or changed: {@code before} is what it counted before (null if new). */
	void opinionChanged(long id, OpinionCount before) {
		Map<Cell, long[]> deltas = new TreeMap<>();
		if (before != null) {
			add(deltas, before, -1);
		}
		OpinionCount after = opinion(id);
		if (after != null) {
			add(deltas, after, 1);
		}
		apply(deltas);
	}

	/** After opinions were inserted in bulk. */
	void opinionsAdded(Collection<Long> ids) {
		Map<Cell, long[]> deltas = new TreeMap<>();
		for (OpinionCount c : opinions(ids)) {
			add(deltas, c, 1);
		}
		apply(deltas);
	}

	/** After a reception day was recorded (again): {@code before} is what it counted before (null if nothing). */
	void dayChanged(long id, DayCount before) {
		Map<Cell, long[]> deltas = new TreeMap<>();
		if (before != null) {
			add(deltas, before, -1);
		}
		DayCount after = day(id);
		if (after != null) {
			add(deltas, after, 1);
		}
		apply(deltas);
	}

	/** After reception days were inserted in bulk, with their deputies. */
	void daysAdded(Collection<Long> ids) {
		Map<Cell, long[]> deltas = new TreeMap<>();
		for (DayCount c : days(ids)) {
			add(deltas, c, 1);
		}
		apply(deltas);
	}

	/** Before a station's district changes: its opinions and days move to the new district's cells. */
	void stationMoving(long station, String district) {
		String old = jdbc.sql("SELECT district FROM liaison_station WHERE id = :id FOR UPDATE").param("id", station)
			.query(String.class).optional().orElse(null);
		if (old == null || old.equals(district)) {
			return;
		}
		Map<Cell, long[]> deltas = new TreeMap<>();
		jdbc.sql("""
				SELECT o.received_on, o.category, o.state, COUNT(*) AS n,
				  SUM(CASE WHEN o.state = 'CLOSED' AND o.solved = TRUE THEN 1 ELSE 0 END) AS solved,
				  SUM(CASE WHEN o.state = 'CLOSED' AND o.solved = TRUE THEN CAST(o.closed_on - o.received_on AS INTEGER)
				      ELSE 0 END) AS solved_days
				FROM liaison_opinion o WHERE o.station_id = :s GROUP BY o.received_on, o.category, o.state""")
			.param("s", station)
			.query((java.sql.ResultSet rs) -> {
				LocalDate on = rs.getObject("received_on", LocalDate.class);
				long n = rs.getLong("n");
				long solved = rs.getLong("solved");
				long days = rs.getLong("solved_days");
				String category = rs.getString("category");
				String state = rs.getString("state");
				cell(deltas, "liaison_opinion_tally", old, on, category, state, false, -n, -solved, -days);
				cell(deltas, "liaison_opinion_tally", district, on, category, state, false, n, solved, days);
			});
		for (DayCount c : jdbc.sql("""
				SELECT d.held_on, SUM(d.constituents_received) AS constituents,
				  SUM((SELECT COUNT(*) FROM liaison_reception_deputy rd WHERE rd.day_id = d.id AND rd.present = TRUE)) AS present
				FROM liaison_reception_day d WHERE d.station_id = :s AND d.state = 'RECORDED' GROUP BY d.held_on""")
			.param("s", station)
			.query((rs, n) -> new DayCount(null, rs.getObject("held_on", LocalDate.class), rs.getLong("present"),
					rs.getLong("constituents")))
			.list()) {
			cell(deltas, "liaison_reception_tally", old, c.heldOn(), null, null, false, -c.visits(), -c.constituents(), 0);
			cell(deltas, "liaison_reception_tally", district, c.heldOn(), null, null, false, c.visits(), c.constituents(),
					0);
		}
		apply(deltas);
	}

	private static void add(Map<Cell, long[]> deltas, OpinionCount c, int sign) {
		cell(deltas, "liaison_opinion_tally", c.district(), c.receivedOn(), c.category(), c.state(), true, sign,
				sign * c.solved(), sign * c.solvedDays());
	}

	private static void add(Map<Cell, long[]> deltas, DayCount c, int sign) {
		cell(deltas, "liaison_reception_tally", c.district(), c.heldOn(), null, null, true, sign * c.visits(),
				sign * c.constituents(), 0);
	}

	/** The day's and month's cells of the district, and of the country too unless only the district changes. */
	private static void cell(Map<Cell, long[]> deltas, String table, String district, LocalDate on, String category,
			String state, boolean country, long a, long b, long c) {
		for (String area : country ? List.of(district, COUNTRY) : List.of(district)) {
			for (String span : List.of("D", "M")) {
				LocalDate period = span.equals("D") ? on : on.withDayOfMonth(1);
				long[] d = deltas.computeIfAbsent(new Cell(table, span, area, period, category, state), k -> new long[3]);
				d[0] += a;
				d[1] += b;
				d[2] += c;
			}
		}
	}

	private void apply(Map<Cell, long[]> deltas) {
		deltas.forEach((cell, d) -> {
			if (d[0] == 0 && d[1] == 0 && d[2] == 0) {
				return;
			}
			boolean opinions = cell.table().equals("liaison_opinion_tally");
			String key = " WHERE span = :span AND district = :district AND period = :period"
					+ (opinions ? " AND category = :category AND state = :state" : "");
			String update = opinions
					? "UPDATE liaison_opinion_tally SET opinions = opinions + :a, solved = solved + :b,"
							+ " solved_days = solved_days + :c" + key
					: "UPDATE liaison_reception_tally SET visits = visits + :a, constituents = constituents + :b" + key;
			String insert = opinions
					? "INSERT INTO liaison_opinion_tally (span, district, period, category, state, opinions, solved,"
							+ " solved_days) VALUES (:span, :district, :period, :category, :state, :a, :b, :c)"
							+ " ON CONFLICT DO NOTHING"
					: "INSERT INTO liaison_reception_tally (span, district, period, visits, constituents)"
							+ " VALUES (:span, :district, :period, :a, :b) ON CONFLICT DO NOTHING";
			Map<String, Object> p = new java.util.HashMap<>();
			p.put("span", cell.span());
			p.put("district", cell.district());
			p.put("period", cell.period());
			if (opinions) {
				p.put("category", cell.category());
				p.put("state", cell.state());
				p.put("c", d[2]);
			}
			p.put("a", d[0]);
			p.put("b", d[1]);
			if (jdbc.sql(update).params(p).update() == 0 && jdbc.sql(insert).params(p).update() == 0) {
				// Inserted meanwhile by a concurrent writer, whose row lock the update now waits for.
				jdbc.sql(update).params(p).update();
			}
		});
	}
}
