package org.lvzhi.liaison.statistics;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.lvzhi.liaison.OpinionState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The station dashboard's numbers for a period and, optionally, one district. */
@Service
@Transactional(readOnly = true)
class StationDashboard {

	private final JdbcClient jdbc;

	StationDashboard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param solveRate opinions closed as solved among those received in the period, in percent
	 * @param averageDaysToSolution from receipt to closing, over the solved ones
	 * @param overdue forwarded opinions of the period past their due date today
	 * @param visitsByMonth duty visits per month of the period, "yyyy-MM" → count
	 */
	public record Numbers(long visits, long constituents, long opinions, long solved, double solveRate,
			double averageDaysToSolution, long overdue, Map<String, Long> byCategory, Map<String, Long> byState,
			Map<String, Long> visitsByMonth) {
	}

	/**
	 * Two queries whatever the period: one over the opinions received in it (through the index on
	 * station and receipt date), counting every measure at once with conditional sums grouped by
	 * category, and one over the reception days held in it, summed by month.
	 */
	public Numbers numbers(LocalDate from, LocalDate to, String district, LocalDate today) {
		String area = district == null ? "" : " AND s.district = :district";
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("from", from);
		p.put("to", to);
		if (district != null) {
			p.put("district", district);
		}
		Map<String, Long> byCategory = new LinkedHashMap<>();
		Map<String, Long> byState = new LinkedHashMap<>();
		for (OpinionState st : OpinionState.values()) {
			byState.put(st.name(), 0L);
		}
		long[] totals = new long[3];
		StringBuilder perState = new StringBuilder();
		for (OpinionState st : OpinionState.values()) {
			perState.append(", SUM(CASE WHEN o.state = '").append(st.name()).append("' THEN 1 ELSE 0 END) AS n_")
				.append(st.name().toLowerCase(Locale.ROOT));
		}
		jdbc.sql("SELECT o.category, COUNT(*) AS n" + perState
				+ ", SUM(CASE WHEN o.state = 'CLOSED' AND o.solved = TRUE THEN 1 ELSE 0 END) AS solved"
				+ ", SUM(CASE WHEN o.state = 'CLOSED' AND o.solved = TRUE THEN CAST(o.closed_on - o.received_on AS INTEGER) ELSE 0 END) AS solved_days"
				+ ", SUM(CASE WHEN o.state = 'FORWARDED' AND o.due_on < :today THEN 1 ELSE 0 END) AS overdue"
				+ " FROM liaison_opinion o LEFT JOIN liaison_station s ON s.id = o.station_id"
				+ " WHERE o.received_on >= :from AND o.received_on <= :to" + area
				+ " GROUP BY o.category ORDER BY n DESC, o.category")
			.params(p).param("today", today)
			.query((ResultSet rs) -> {
				byCategory.put(rs.getString("category"), rs.getLong("n"));
				for (OpinionState st : OpinionState.values()) {
					byState.merge(st.name(), rs.getLong("n_" + st.name().toLowerCase(Locale.ROOT)), Long::sum);
				}
				totals[0] += rs.getLong("solved");
				totals[1] += rs.getLong("solved_days");
				totals[2] += rs.getLong("overdue");
			});
		long opinions = byState.values().stream().mapToLong(Long::longValue).sum();
		long solved = totals[0];
		double average = solved == 0 ? 0 : (double) totals[1] / solved;
		long overdue = totals[2];

		Map<String, Long> byMonth = new LinkedHashMap<>();
		for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
			byMonth.put(m.toString().substring(0, 7), 0L);
		}
		long[] days = new long[2];
		jdbc.sql("SELECT x.ym, SUM(x.present) AS visits, SUM(x.constituents) AS constituents FROM ("
				+ "SELECT EXTRACT(YEAR FROM d.held_on) * 100 + EXTRACT(MONTH FROM d.held_on) AS ym,"
				+ " d.constituents_received AS constituents,"
				+ " (SELECT COUNT(*) FROM liaison_reception_deputy rd WHERE rd.day_id = d.id AND rd.present = TRUE) AS present"
				+ " FROM liaison_reception_day d JOIN liaison_station s ON s.id = d.station_id"
				+ " WHERE d.state = 'RECORDED' AND d.held_on >= :from AND d.held_on <= :to" + area
				+ ") x GROUP BY x.ym")
			.params(p)
			.query((ResultSet rs) -> {
				int ym = rs.getInt("ym");
				long visits = rs.getLong("visits");
				if (visits > 0) {
					byMonth.merge("%04d-%02d".formatted(ym / 100, ym % 100), visits, Long::sum);
				}
				days[0] += visits;
				days[1] += rs.getLong("constituents");
			});
		return new Numbers(days[0], days[1], opinions, solved, opinions == 0 ? 0 : 100.0 * solved / opinions,
				Math.round(average * 10) / 10.0, overdue, byCategory, byState, byMonth);
	}
}
