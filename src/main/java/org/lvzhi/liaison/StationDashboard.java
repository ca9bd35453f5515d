package org.lvzhi.liaison;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The station dashboard's numbers for a period and, optionally, one district. */
@Service
@Transactional(readOnly = true)
public class StationDashboard {

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

	public Numbers numbers(LocalDate from, LocalDate to, String district, LocalDate today) {
		String area = district == null ? "" : " AND s.district = :district";
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("from", from);
		p.put("to", to);
		if (district != null) {
			p.put("district", district);
		}
		String days = " FROM liaison_reception_day d JOIN liaison_station s ON s.id = d.station_id"
				+ " WHERE d.state = 'RECORDED' AND d.held_on >= :from AND d.held_on <= :to" + area;
		long visits = jdbc.sql("SELECT COUNT(*) FROM liaison_reception_deputy rd JOIN liaison_reception_day d ON d.id = rd.day_id"
				+ " JOIN liaison_station s ON s.id = d.station_id WHERE rd.present = TRUE AND d.state = 'RECORDED'"
				+ " AND d.held_on >= :from AND d.held_on <= :to" + area).params(p).query(Long.class).single();
		long constituents = jdbc.sql("SELECT COALESCE(SUM(d.constituents_received), 0)" + days).params(p)
			.query(Long.class).single();
		String ops = " FROM liaison_opinion o LEFT JOIN liaison_station s ON s.id = o.station_id"
				+ " WHERE o.received_on >= :from AND o.received_on <= :to" + area;
		Map<String, Long> byCategory = new LinkedHashMap<>();
		jdbc.sql("SELECT o.category, COUNT(*) AS n" + ops + " GROUP BY o.category ORDER BY n DESC, o.category").params(p)
			.query((java.sql.ResultSet rs) -> {
				byCategory.put(rs.getString(1), rs.getLong(2));
			});
		Map<String, Long> byState = new LinkedHashMap<>();
		for (OpinionState st : OpinionState.values()) {
			byState.put(st.name(), 0L);
		}
		jdbc.sql("SELECT o.state, COUNT(*)" + ops + " GROUP BY o.state").params(p).query((java.sql.ResultSet rs) -> {
			byState.put(rs.getString(1), rs.getLong(2));
		});
		long opinions = byState.values().stream().mapToLong(Long::longValue).sum();
		List<long[]> solvedDays = jdbc.sql("SELECT o.received_on, o.closed_on" + ops + " AND o.state = 'CLOSED' AND o.solved = TRUE")
			.params(p)
			.query((rs, n) -> new long[] { ChronoUnit.DAYS.between(rs.getObject(1, LocalDate.class),
					rs.getObject(2, LocalDate.class)) })
			.list();
		long solved = solvedDays.size();
		double average = solvedDays.stream().mapToLong(a -> a[0]).average().orElse(0);
		long overdue = jdbc.sql("SELECT COUNT(*)" + ops + " AND o.state = 'FORWARDED' AND o.due_on < :today").params(p)
			.param("today", today).query(Long.class).single();
		Map<String, Long> byMonth = new LinkedHashMap<>();
		for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
			byMonth.put(m.toString().substring(0, 7), 0L);
		}
		jdbc.sql("SELECT d.held_on FROM liaison_reception_deputy rd JOIN liaison_reception_day d ON d.id = rd.day_id"
				+ " JOIN liaison_station s ON s.id = d.station_id WHERE rd.present = TRUE AND d.state = 'RECORDED'"
				+ " AND d.held_on >= :from AND d.held_on <= :to" + area).params(p)
			.query((java.sql.ResultSet rs) -> {
				byMonth.merge(rs.getObject(1, LocalDate.class).toString().substring(0, 7), 1L, Long::sum);
			});
		return new Numbers(visits, constituents, opinions, solved, opinions == 0 ? 0 : 100.0 * solved / opinions,
				Math.round(average * 10) / 10.0, overdue, byCategory, byState, byMonth);
	}
}
