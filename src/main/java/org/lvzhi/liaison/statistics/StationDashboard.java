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
	 * Reads the summaries kept by the liaison module in the transaction of every write: whole months
	 * of the period from month cells, the days before the first and after the last whole month from
	 * day cells, of the district or of the whole country ("*"). Only the opinions forwarded past their
	 * due date are counted from the opinions themselves, since that depends on today.
	 */
	public Numbers numbers(LocalDate from, LocalDate to, String district, LocalDate today) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("district", district == null ? "*" : district);
		String cells = cells(from, to, p);
		Map<String, Long> byCategory = new LinkedHashMap<>();
		Map<String, Long> byState = new LinkedHashMap<>();
		for (OpinionState st : OpinionState.values()) {
			byState.put(st.name(), 0L);
		}
		long[] totals = new long[3];
		StringBuilder perState = new StringBuilder();
		for (OpinionState st : OpinionState.values()) {
			perState.append(", SUM(CASE WHEN t.state = '").append(st.name()).append("' THEN t.opinions ELSE 0 END) AS n_")
				.append(st.name().toLowerCase(Locale.ROOT));
		}
		jdbc.sql("SELECT t.category, SUM(t.opinions) AS n" + perState
				+ ", SUM(t.solved) AS solved, SUM(t.solved_days) AS solved_days"
				+ " FROM liaison_opinion_tally t WHERE t.district = :district AND (" + cells + ")"
				+ " GROUP BY t.category HAVING SUM(t.opinions) > 0 ORDER BY n DESC, t.category")
			.params(p)
			.query((ResultSet rs) -> {
				byCategory.put(rs.getString("category"), rs.getLong("n"));
				for (OpinionState st : OpinionState.values()) {
					byState.merge(st.name(), rs.getLong("n_" + st.name().toLowerCase(Locale.ROOT)), Long::sum);
				}
				totals[0] += rs.getLong("solved");
				totals[1] += rs.getLong("solved_days");
			});
		totals[2] = jdbc.sql("SELECT COUNT(*) FROM liaison_opinion o"
				+ (district == null ? "" : " JOIN liaison_station s ON s.id = o.station_id AND s.district = :district")
				+ " WHERE o.state = 'FORWARDED' AND o.received_on >= :from AND o.received_on <= :to AND o.due_on < :today")
			.params(district == null ? Map.of() : Map.of("district", district))
			.param("from", from).param("to", to).param("today", today)
			.query(Long.class).single();
		long opinions = byState.values().stream().mapToLong(Long::longValue).sum();
		long solved = totals[0];
		double average = solved == 0 ? 0 : (double) totals[1] / solved;
		long overdue = totals[2];

		Map<String, Long> byMonth = new LinkedHashMap<>();
		for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
			byMonth.put(m.toString().substring(0, 7), 0L);
		}
		long[] days = new long[2];
		jdbc.sql("SELECT t.period, t.visits, t.constituents FROM liaison_reception_tally t"
				+ " WHERE t.district = :district AND (" + cells + ")")
			.params(p)
			.query((ResultSet rs) -> {
				long visits = rs.getLong("visits");
				if (visits > 0) {
					byMonth.merge(rs.getObject("period", LocalDate.class).toString().substring(0, 7), visits, Long::sum);
				}
				days[0] += visits;
				days[1] += rs.getLong("constituents");
			});
		return new Numbers(days[0], days[1], opinions, solved, opinions == 0 ? 0 : 100.0 * solved / opinions,
				Math.round(average * 10) / 10.0, overdue, byCategory, byState, byMonth);
	}

	/**
	 * The cells that make up the period: month cells of the whole months in it, day cells of the days
	 * before the first whole month and after the last (or of every day, when no month is whole).
	 */
	private static String cells(LocalDate from, LocalDate to, Map<String, Object> p) {
		LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate afterLastMonth = to.plusDays(1).withDayOfMonth(1);
		if (!firstMonth.isBefore(afterLastMonth)) {
			p.put("d1", from);
			p.put("d2", to);
			return "t.span = 'D' AND t.period >= :d1 AND t.period <= :d2";
		}
		p.put("m1", firstMonth);
		p.put("m2", afterLastMonth);
		p.put("d1", from);
		p.put("d2", to);
		return "t.span = 'M' AND t.period >= :m1 AND t.period < :m2"
				+ " OR t.span = 'D' AND t.period >= :d1 AND t.period < :m1"
				+ " OR t.span = 'D' AND t.period >= :m2 AND t.period <= :d2";
	}
}
