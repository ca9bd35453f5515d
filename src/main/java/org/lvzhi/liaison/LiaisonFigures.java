package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The annual report's station figures, counted from records of the year: duty visits (deputies
 * present at recorded reception days), constituents received, opinions collected, problems solved
 * (opinions closed as solved, not merely closed), and the model-station survey and designations.
 * The records never show a constituent's personal data.
 */
@Configuration(proxyBeanMethods = false)
class LiaisonFigures {

	private static final String DAYS = " FROM liaison_reception_day d JOIN liaison_station s ON s.id = d.station_id"
			+ " WHERE d.state = 'RECORDED' AND d.held_on >= :from AND d.held_on < :to";

	@Bean
	Figure stationDeputyVisitsFigure(JdbcClient jdbc) {
		return new SqlFigure(jdbc, "station_deputy_visits", 60,
				"SELECT COUNT(*) FROM liaison_reception_deputy rd JOIN liaison_reception_day d ON d.id = rd.day_id"
						+ " JOIN liaison_station s ON s.id = d.station_id WHERE rd.present = TRUE AND d.state = 'RECORDED'"
						+ " AND d.held_on >= :from AND d.held_on < :to",
				"SELECT d.id || '-' || rd.person_id AS rid, s.name || ' ' || d.held_on AS title, d.held_on AS rec_day,"
						+ " '/liaison/receptions/' || d.id AS link FROM liaison_reception_deputy rd"
						+ " JOIN liaison_reception_day d ON d.id = rd.day_id JOIN liaison_station s ON s.id = d.station_id"
						+ " WHERE rd.present = TRUE AND d.state = 'RECORDED' AND d.held_on >= :from AND d.held_on < :to"
						+ " ORDER BY d.held_on, d.id, rd.person_id");
	}

	@Bean
	Figure stationConstituentsFigure(JdbcClient jdbc) {
		return new ConstituentsFigure(jdbc);
	}

	@Bean
	Figure stationOpinionsFigure(JdbcClient jdbc) {
		return new SqlFigure(jdbc, "station_opinions_collected", 62,
				"SELECT COUNT(*) FROM liaison_opinion o WHERE o.received_on >= :from AND o.received_on < :to",
				"SELECT CAST(o.id AS VARCHAR(20)) AS rid, o.subject AS title, o.received_on AS rec_day,"
						+ " '/liaison/opinions/' || o.id AS link FROM liaison_opinion o"
						+ " WHERE o.received_on >= :from AND o.received_on < :to ORDER BY o.received_on, o.id");
	}

	@Bean
	Figure stationProblemsSolvedFigure(JdbcClient jdbc) {
		String where = " FROM liaison_opinion o WHERE o.state = 'CLOSED' AND o.solved = TRUE"
				+ " AND o.closed_on >= :from AND o.closed_on < :to";
		return new SqlFigure(jdbc, "station_problems_solved", 63, "SELECT COUNT(*)" + where,
				"SELECT CAST(o.id AS VARCHAR(20)) AS rid, o.subject AS title, o.closed_on AS rec_day,"
						+ " '/liaison/opinions/' || o.id AS link" + where + " ORDER BY o.closed_on, o.id");
	}

	@Bean
	Figure countiesVisitedFigure(JdbcClient jdbc) {
		String where = " FROM liaison_survey_visit v JOIN liaison_station s ON s.id = v.station_id"
				+ " WHERE v.visited_on >= :from AND v.visited_on < :to";
		return new SqlFigure(jdbc, "counties_visited_for_stations", 64, "SELECT COUNT(DISTINCT s.district)" + where,
				"SELECT s.district AS rid, s.district AS title, MIN(v.visited_on) AS rec_day, '/liaison/models' AS link"
						+ where + " GROUP BY s.district ORDER BY MIN(v.visited_on), s.district");
	}

	@Bean
	Figure stationsVisitedFigure(JdbcClient jdbc) {
		String where = " FROM liaison_survey_visit v JOIN liaison_station s ON s.id = v.station_id"
				+ " WHERE v.visited_on >= :from AND v.visited_on < :to";
		return new SqlFigure(jdbc, "stations_visited", 65, "SELECT COUNT(DISTINCT v.station_id)" + where,
				"SELECT CAST(s.id AS VARCHAR(20)) AS rid, s.name AS title, MIN(v.visited_on) AS rec_day,"
						+ " '/public/liaison/stations/' || s.id AS link" + where
						+ " GROUP BY s.id, s.name ORDER BY MIN(v.visited_on), s.id");
	}

	@Bean
	Figure modelStationsFigure(JdbcClient jdbc) {
		String where = " FROM liaison_model_application a JOIN liaison_station s ON s.id = a.station_id"
				+ " WHERE a.state = 'DESIGNATED' AND a.designated_on >= :from AND a.designated_on < :to";
		return new SqlFigure(jdbc, "model_stations", 66, "SELECT COUNT(*)" + where,
				"SELECT CAST(s.id AS VARCHAR(20)) AS rid, s.name AS title, a.designated_on AS rec_day,"
						+ " '/public/liaison/stations/' || s.id AS link" + where + " ORDER BY a.designated_on, s.id");
	}

	/**
	 * Constituents received, in person-times: each reception day stands for as many records as it
	 * received constituents (who they were is not recorded, nor shown).
	 */
	record ConstituentsFigure(JdbcClient jdbc) implements Figure {

		public String key() {
			return "station_constituents_received";
		}

		public int order() {
			return 61;
		}

		public long value(int year) {
			return jdbc.sql("SELECT COALESCE(SUM(d.constituents_received), 0)" + DAYS)
				.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
				.query(Long.class).single();
		}

		public List<FigureRecord> records(int year) {
			List<FigureRecord> records = new java.util.ArrayList<>();
			jdbc.sql("SELECT d.id, s.id AS station, s.name, d.held_on, d.constituents_received" + DAYS
					+ " AND d.constituents_received > 0 ORDER BY d.held_on, d.id")
				.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
				.query((java.sql.ResultSet rs) -> {
					LocalDate on = rs.getObject("held_on", LocalDate.class);
					String title = rs.getString("name") + " " + on;
					String link = "/public/liaison/stations/" + rs.getLong("station");
					for (int i = 1; i <= rs.getInt("constituents_received"); i++) {
						records.add(new FigureRecord(rs.getLong("id") + "-" + i, title + " #" + i, on, link));
					}
				});
			return records;
		}
	}

	/** A figure counted by one query for the year and listed by another. */
	record SqlFigure(JdbcClient jdbc, String key, int order, String count, String list) implements Figure {

		public long value(int year) {
			return jdbc.sql(count).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
				.query(Long.class).single();
		}

		public List<FigureRecord> records(int year) {
			return jdbc.sql(list).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
				.query((rs, n) -> new FigureRecord(rs.getString("rid"), rs.getString("title"),
						rs.getObject("rec_day", LocalDate.class), rs.getString("link")))
				.list();
		}
	}
}
