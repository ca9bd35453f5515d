package org.lvzhi.liaison.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.lvzhi.liaison.web.LiaisonAccess;
import org.lvzhi.platform.Page;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;

/**
 * The annual report's station figures, counted from records of the year: duty visits (deputies
 * present at recorded reception days), constituents received, opinions collected, problems solved
 * (opinions closed as solved, not merely closed), and the model-station survey and designations.
 * The records never show a constituent's personal data, and an opinion's subject only to the office:
 * everybody else reads the station and the date.
 */
@Configuration(proxyBeanMethods = false)
class LiaisonFigures {

	/** An opinion is a constituent's matter: everybody but the office sees only its station and date. */
	private static final String STATION = " LEFT JOIN liaison_station os ON os.id = o.station_id";
	private static final String LABEL = " COALESCE(os.name, '') || ' ' || o.received_on AS label";

	private static final String DAYS = " FROM liaison_reception_day d JOIN liaison_station s ON s.id = d.station_id"
			+ " WHERE d.state = 'RECORDED' AND d.held_on >= :from AND d.held_on < :to";

	@Bean
	Figure stationDeputyVisitsFigure(JdbcClient jdbc, LiaisonAccess access) {
		return new SqlFigure(jdbc, access, "station_deputy_visits", 60,
				"SELECT COUNT(*) FROM liaison_reception_deputy rd JOIN liaison_reception_day d ON d.id = rd.day_id"
						+ " JOIN liaison_station s ON s.id = d.station_id WHERE rd.present = TRUE AND d.state = 'RECORDED'"
						+ " AND d.held_on >= :from AND d.held_on < :to",
				"SELECT d.id || '-' || rd.person_id AS rid, s.name || ' ' || d.held_on AS title, d.held_on AS rec_day,"
						+ " '/liaison/receptions/' || d.id AS link FROM liaison_reception_deputy rd"
						+ " JOIN liaison_reception_day d ON d.id = rd.day_id JOIN liaison_station s ON s.id = d.station_id"
						+ " WHERE rd.present = TRUE AND d.state = 'RECORDED' AND d.held_on >= :from AND d.held_on < :to"
						+ " ORDER BY d.held_on, d.id, rd.person_id",
				"SELECT MAX(d.held_on) FROM liaison_reception_day d WHERE d.state = 'RECORDED'");
	}

	@Bean
	Figure stationConstituentsFigure(JdbcClient jdbc, LiaisonAccess access) {
		return new ConstituentsFigure(jdbc);
	}

	@Bean
	Figure stationOpinionsFigure(JdbcClient jdbc, LiaisonAccess access) {
		return new SqlFigure(jdbc, access, "station_opinions_collected", 62,
				"SELECT COUNT(*) FROM liaison_opinion o WHERE o.received_on >= :from AND o.received_on < :to",
				"SELECT CAST(o.id AS VARCHAR(20)) AS rid, o.subject AS title, o.received_on AS rec_day,"
						+ " '/liaison/opinions/' || o.id AS link," + LABEL + " FROM liaison_opinion o" + STATION
						+ " WHERE o.received_on >= :from AND o.received_on < :to ORDER BY o.received_on, o.id",
				"SELECT MAX(o.received_on) FROM liaison_opinion o");
	}

	@Bean
	Figure stationProblemsSolvedFigure(JdbcClient jdbc, LiaisonAccess access) {
		String where = " FROM liaison_opinion o" + STATION + " WHERE o.state = 'CLOSED' AND o.solved = TRUE"
				+ " AND o.closed_on >= :from AND o.closed_on < :to";
		return new SqlFigure(jdbc, access, "station_problems_solved", 63, "SELECT COUNT(*)" + where,
				"SELECT CAST(o.id AS VARCHAR(20)) AS rid, o.subject AS title, o.closed_on AS rec_day,"
						+ " '/liaison/opinions/' || o.id AS link," + LABEL + where + " ORDER BY o.closed_on, o.id");
	}

	@Bean
	Figure countiesVisitedFigure(JdbcClient jdbc, LiaisonAccess access) {
		String where = " FROM liaison_survey_visit v JOIN liaison_station s ON s.id = v.station_id"
				+ " WHERE v.visited_on >= :from AND v.visited_on < :to";
		return new SqlFigure(jdbc, access, "counties_visited_for_stations", 64, "SELECT COUNT(DISTINCT s.district)" + where,
				"SELECT s.district AS rid, s.district AS title, MIN(v.visited_on) AS rec_day, '/liaison/models' AS link"
						+ where + " GROUP BY s.district ORDER BY MIN(v.visited_on), s.district");
	}

	@Bean
	Figure stationsVisitedFigure(JdbcClient jdbc, LiaisonAccess access) {
		String where = " FROM liaison_survey_visit v JOIN liaison_station s ON s.id = v.station_id"
				+ " WHERE v.visited_on >= :from AND v.visited_on < :to";
		return new SqlFigure(jdbc, access, "stations_visited", 65, "SELECT COUNT(DISTINCT v.station_id)" + where,
				"SELECT CAST(s.id AS VARCHAR(20)) AS rid, s.name AS title, MIN(v.visited_on) AS rec_day,"
						+ " '/public/liaison/stations/' || s.id AS link" + where
						+ " GROUP BY s.id, s.name ORDER BY MIN(v.visited_on), s.id");
	}

	@Bean
	Figure modelStationsFigure(JdbcClient jdbc, LiaisonAccess access) {
		String where = " FROM liaison_model_application a JOIN liaison_station s ON s.id = a.station_id"
				+ " WHERE a.state = 'DESIGNATED' AND a.designated_on >= :from AND a.designated_on < :to";
		return new SqlFigure(jdbc, access, "model_stations", 66, "SELECT COUNT(*)" + where,
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
						records.add(FigureRecord.onPublicPage(rs.getLong("id") + "-" + i, title + " #" + i, on, link));
					}
				});
			return records;
		}
	}

	/**
	 * A figure counted by one query for the year and listed by another, which counts each listed row
	 * once; {@code latest} (may be {@code null}) answers the last date of activity. Links under
	 * {@code /public/} are public pages, the others the office's own.
	 */
	record SqlFigure(JdbcClient jdbc, LiaisonAccess access, String key, int order, String count, String list,
			String latest) implements Figure {

		SqlFigure(JdbcClient jdbc, LiaisonAccess access, String key, int order, String count, String list) {
			this(jdbc, access, key, order, count, list, null);
		}

		public long value(int year) {
			return jdbc.sql(count).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
				.query(Long.class).single();
		}

		public List<FigureRecord> records(int year) {
			return read(jdbc.sql(list), year);
		}

		// Opinions run to thousands a year: a page reads only its own rows.
		public Page<FigureRecord> records(int year, int number, int size) {
			JdbcClient.StatementSpec page = jdbc.sql(list + " LIMIT :limit OFFSET :offset")
				.param("limit", size)
				.param("offset", Page.offset(number, size));
			return new Page<>(read(page, year), number, size, value(year));
		}

		private static List<FigureRecord> read(JdbcClient.StatementSpec query, int year) {
			return query.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
				.query((rs, n) -> {
					String link = rs.getString("link");
					LocalDate on = rs.getObject("rec_day", LocalDate.class);
					if (hasLabel(rs)) {
						return FigureRecord.withheld(rs.getString("rid"), rs.getString("title"),
								rs.getString("label").strip(), on, link);
					}
					return new FigureRecord(rs.getString("rid"), rs.getString("title"), on, link,
							link != null && link.startsWith("/public/"));
				})
				.list();
		}

		private static boolean hasLabel(java.sql.ResultSet rs) throws java.sql.SQLException {
			var meta = rs.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				if ("label".equalsIgnoreCase(meta.getColumnLabel(i))) {
					return true;
				}
			}
			return false;
		}

		public OptionalInt latestYear() {
			if (latest == null) {
				return OptionalInt.empty();
			}
			return jdbc.sql(latest).query((rs, n) -> rs.getObject(1, LocalDate.class)).list().stream()
				.filter(java.util.Objects::nonNull).mapToInt(LocalDate::getYear).findFirst();
		}

		/** Reception days, opinions and model-station surveys are the office's pages. */
		public boolean mayOpen(FigureRecord record, Authentication reader) {
			return access.isOffice(reader);
		}
	}
}
