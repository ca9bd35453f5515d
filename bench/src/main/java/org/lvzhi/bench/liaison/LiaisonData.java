package org.lvzhi.bench.liaison;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A national network of liaison stations and its opinions, written by set-based SQL inside
 * PostgreSQL (generate_series, INSERT … SELECT) so that ten million opinions load in minutes.
 *
 * <p>{@code cities} municipal congresses, each with the same share of the {@code stations}
 * stations (the station's district is its city); two deputies per station, each a deputy of the
 * station's city congress; {@code daysPerYear} recorded reception days per station and year with
 * both deputies (one in seven absent); {@code opinions} opinions spread evenly over the years up to
 * yesterday, each for a station and its first deputy, older ones mostly closed (nine in ten
 * solved), recent ones on every step of their way, some forwarded past their due date. The duty
 * records are then derived from these rows exactly as the app's event listeners would write them:
 * a visit and the constituents received per deputy present, an opinion collected per opinion
 * deputy, handled (and solved) per closed opinion.
 */
public final class LiaisonData {

	static final String[] CATEGORIES = { "城市建设", "交通出行", "物业管理", "供暖供气", "教育", "养老服务", "医疗卫生", "社会保障",
			"生态环境", "农业农村", "法律事务", "其他" };

	final long opinions;
	final int stations;
	final int cities;
	final int years;
	final int daysPerYear;
	final LocalDate today;
	long personBase;
	long stationBase;

	public LiaisonData(long opinions, int stations, int cities, int years, int daysPerYear, LocalDate today) {
		this.opinions = opinions;
		this.stations = stations;
		this.cities = cities;
		this.years = years;
		this.daysPerYear = daysPerYear;
		this.today = today;
	}

	int firstYear() {
		return today.getYear() - years + 1;
	}

	static String city(int n) {
		return "基准市" + n;
	}

	long deputy(int n) {
		return personBase + n;
	}

	String stationCode(int n) {
		return "BS" + n;
	}

	/** Finds the rows a previous load wrote to the same database, instead of loading them again. */
	void attach(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			personBase = one(s, "SELECT min(id) FROM directory_person WHERE name LIKE '基准代表%'") - 1;
			stationBase = one(s, "SELECT min(id) FROM liaison_station WHERE name LIKE '基准联络站%'") - 1;
		}
	}

	public long load(Connection c) throws SQLException {
		c.setAutoCommit(false);
		long rows = 0;
		try (Statement s = c.createStatement()) {
			rows += step(s, "congresses", "INSERT INTO directory_organization (name, classification, level, term, area, version)"
					+ " SELECT '基准市人民代表大会' || g, 'CONGRESS', 'MUNICIPAL', 16, '基准市' || g, 1 FROM generate_series(1, "
					+ cities + ") g");
			long orgBase = one(s, "SELECT min(id) FROM directory_organization WHERE name LIKE '基准市人民代表大会%'");
			int deputies = 2 * stations;
			rows += step(s, "deputies", "INSERT INTO directory_person (name, gender, occupation, created_at, version)"
					+ " SELECT '基准代表' || g, CASE WHEN g % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END, '基准职业', now(), 1"
					+ " FROM generate_series(1, " + deputies + ") g");
			personBase = one(s, "SELECT min(id) FROM directory_person WHERE name LIKE '基准代表%'") - 1;
			// Deputy g sits at station ((g - 1) % stations) + 1, whose city is ((station - 1) % cities) + 1.
			rows += step(s, "seats", "INSERT INTO directory_membership (person_id, organization_id, role, term, constituency,"
					+ " start_date, version) SELECT " + personBase + " + g, " + orgBase + " + ((g - 1) % " + stations + ") % "
					+ cities + ", 'DEPUTY', 16, '基准选区' || g, DATE '" + firstYear() + "-01-01', 1 FROM generate_series(1, "
					+ deputies + ") g");
			rows += step(s, "stations", "INSERT INTO liaison_station (name, kind, district, street, address, opening_rules,"
					+ " contact_name, contact_phone, intake_code, model, version) SELECT '基准联络站' || g, 'STATION',"
					+ " '基准市' || ((g - 1) % " + cities + " + 1), '基准街道' || (g % 50), '基准路' || g || '号', '每周三上午',"
					+ " '联系人' || g, '0351-' || (1000000 + g), 'BS' || g, FALSE, 0 FROM generate_series(1, " + stations + ") g");
			stationBase = one(s, "SELECT min(id) FROM liaison_station WHERE name LIKE '基准联络站%'") - 1;
			rows += step(s, "station deputies", "INSERT INTO liaison_station_deputy (station_id, person_id) SELECT "
					+ stationBase + " + g, " + personBase + " + g FROM generate_series(1, " + stations + ") g UNION ALL SELECT "
					+ stationBase + " + g, " + personBase + " + " + stations + " + g FROM generate_series(1, " + stations + ") g");
			c.commit();
			// Reception days: spread over the year by the station's number, the current year's before today.
			rows += step(s, "reception days", String.format(Locale.ROOT, """
					INSERT INTO liaison_reception_day (station_id, held_on, hours, topic, announced_on, state,
					  constituents_received, version)
					SELECT %d + g, x.held, '9:00-11:30', '代表接待日', x.held - 5, 'RECORDED', 2 + (g + k) %% 9, 0
					FROM generate_series(1, %d) g CROSS JOIN generate_series(%d, %d) y CROSS JOIN generate_series(1, %d) k
					CROSS JOIN LATERAL (SELECT make_date(y, 1, 1) + ((g * 37 + k * 101) %% CASE WHEN y = %d THEN %d ELSE 365 END)
					  AS held) x""", stationBase, stations, firstYear(), today.getYear(), daysPerYear, today.getYear(),
					Math.max(1, today.getDayOfYear() - 1)));
			rows += step(s, "reception deputies", "INSERT INTO liaison_reception_deputy (day_id, person_id, present)"
					+ " SELECT d.id, sd.person_id, (d.id + sd.person_id) % 7 <> 0 FROM liaison_reception_day d"
					+ " JOIN liaison_station_deputy sd ON sd.station_id = d.station_id");
			c.commit();
		}
		rows += opinions(c);
		try (Statement s = c.createStatement()) {
			rows += step(s, "opinion deputies", "INSERT INTO liaison_opinion_deputy (opinion_id, person_id) SELECT o.id, "
					+ personBase + " + (o.station_id - " + stationBase + ") FROM liaison_opinion o");
			c.commit();
			rows += step(s, "duty: visits", """
					INSERT INTO dutyrecords_entry (person_id, kind, occurred_on, quantity, source_module, source_type,
					  source_id, reference, title, recorded_at)
					SELECT rd.person_id, 'STATION_VISIT', d.held_on, 1, 'liaison', 'reception-day', d.id, NULL, s.name, now()
					FROM liaison_reception_deputy rd JOIN liaison_reception_day d ON d.id = rd.day_id
					JOIN liaison_station s ON s.id = d.station_id WHERE rd.present AND d.state = 'RECORDED'
					UNION ALL
					SELECT rd.person_id, 'CONSTITUENTS_RECEIVED', d.held_on, d.constituents_received, 'liaison',
					  'reception-day', d.id, NULL, s.name, now()
					FROM liaison_reception_deputy rd JOIN liaison_reception_day d ON d.id = rd.day_id
					JOIN liaison_station s ON s.id = d.station_id
					WHERE rd.present AND d.state = 'RECORDED' AND d.constituents_received > 0""");
			c.commit();
			rows += step(s, "duty: opinions", """
					INSERT INTO dutyrecords_entry (person_id, kind, occurred_on, quantity, source_module, source_type,
					  source_id, reference, title, recorded_at)
					SELECT od.person_id, 'OPINION_COLLECTED', o.received_on, 1, 'liaison', 'opinion', o.id, NULL, o.subject, now()
					FROM liaison_opinion_deputy od JOIN liaison_opinion o ON o.id = od.opinion_id
					UNION ALL
					SELECT od.person_id, 'OPINION_HANDLED', o.closed_on, 1, 'liaison', 'opinion', o.id, NULL, o.subject, now()
					FROM liaison_opinion_deputy od JOIN liaison_opinion o ON o.id = od.opinion_id WHERE o.state = 'CLOSED'
					UNION ALL
					SELECT od.person_id, 'PROBLEM_SOLVED', o.closed_on, 1, 'liaison', 'opinion', o.id, NULL, o.subject, now()
					FROM liaison_opinion_deputy od JOIN liaison_opinion o ON o.id = od.opinion_id
					WHERE o.state = 'CLOSED' AND o.solved""");
			c.commit();
		}
		rows += summaries(c);
		return rows;
	}

	/**
	 * The station dashboard's summaries, filled as the migration that created them backfills them
	 * (the app keeps them current on every write; the rows above were written around the app).
	 */
	long summaries(Connection c) throws SQLException {
		long rows = 0;
		try (Statement s = c.createStatement()) {
			// Recounted whole, as the migration backfills them: nothing else writes while the bench loads.
			s.executeUpdate("DELETE FROM liaison_opinion_tally");
			s.executeUpdate("DELETE FROM liaison_reception_tally");
			rows += step(s, "summary: opinions by district and day", """
					INSERT INTO liaison_opinion_tally (span, district, period, category, state, opinions, solved, solved_days)
					SELECT 'D', COALESCE(s.district, ''), o.received_on, o.category, o.state, COUNT(*),
					  SUM(CASE WHEN o.state = 'CLOSED' AND o.solved = TRUE THEN 1 ELSE 0 END),
					  SUM(CASE WHEN o.state = 'CLOSED' AND o.solved = TRUE THEN CAST(o.closed_on - o.received_on AS INTEGER)
					      ELSE 0 END)
					FROM liaison_opinion o LEFT JOIN liaison_station s ON s.id = o.station_id
					GROUP BY COALESCE(s.district, ''), o.received_on, o.category, o.state""");
			rows += step(s, "summary: opinions of the country by day", """
					INSERT INTO liaison_opinion_tally (span, district, period, category, state, opinions, solved, solved_days)
					SELECT 'D', '*', period, category, state, SUM(opinions), SUM(solved), SUM(solved_days)
					FROM liaison_opinion_tally WHERE span = 'D' GROUP BY period, category, state""");
			rows += step(s, "summary: opinions by month", """
					INSERT INTO liaison_opinion_tally (span, district, period, category, state, opinions, solved, solved_days)
					SELECT 'M', district, date_trunc('month', period)::date, category, state, SUM(opinions), SUM(solved),
					  SUM(solved_days)
					FROM liaison_opinion_tally WHERE span = 'D' GROUP BY district, date_trunc('month', period)::date, category, state""");
			rows += step(s, "summary: reception days by district and day", """
					INSERT INTO liaison_reception_tally (span, district, period, visits, constituents)
					SELECT 'D', s.district, d.held_on,
					  SUM((SELECT COUNT(*) FROM liaison_reception_deputy rd WHERE rd.day_id = d.id AND rd.present = TRUE)),
					  SUM(d.constituents_received)
					FROM liaison_reception_day d JOIN liaison_station s ON s.id = d.station_id
					WHERE d.state = 'RECORDED' GROUP BY s.district, d.held_on""");
			rows += step(s, "summary: reception days of the country by day", """
					INSERT INTO liaison_reception_tally (span, district, period, visits, constituents)
					SELECT 'D', '*', period, SUM(visits), SUM(constituents) FROM liaison_reception_tally WHERE span = 'D'
					GROUP BY period""");
			rows += step(s, "summary: reception days by month", """
					INSERT INTO liaison_reception_tally (span, district, period, visits, constituents)
					SELECT 'M', district, date_trunc('month', period)::date, SUM(visits), SUM(constituents)
					FROM liaison_reception_tally WHERE span = 'D' GROUP BY district, date_trunc('month', period)::date""");
			c.commit();
		}
		return rows;
	}

	/** The opinions in chunks of a million, each its own transaction. */
	private long opinions(Connection c) throws SQLException {
		LocalDate start = LocalDate.of(firstYear(), 1, 1);
		long span = Math.max(1, today.toEpochDay() - start.toEpochDay() - 1);
		StringBuilder cats = new StringBuilder("ARRAY[");
		for (int i = 0; i < CATEGORIES.length; i++) {
			cats.append(i == 0 ? "" : ",").append('\'').append(CATEGORIES[i]).append('\'');
		}
		cats.append(']');
		long rows = 0;
		long chunk = 1_000_000;
		try (PreparedStatement ps = c.prepareStatement("""
				INSERT INTO liaison_opinion (tracking_code, source, station_id, received_on, constituent_name, constituent_phone,
				  subject, body, category, place, state, forwarded_level, forwarded_to, forwarded_on, due_on, answer,
				  answered_on, told_on, solved, closed_on, version)
				SELECT 'BX' || g, CASE WHEN g % 3 = 0 THEN 'ONLINE' ELSE 'RECEPTION' END, x.station, x.received,
				  '群众' || (g % 1000), '139' || lpad((g % 100000000)::text, 8, '0'),
				  '关于' || x.category || '的意见' || g, '基准意见正文：' || x.category || '方面的问题，请代表帮助反映。', x.category,
				  '基准路' || (g % 500) || '号', x.state,
				  CASE WHEN x.state IN ('FORWARDED', 'ANSWERED', 'TOLD', 'CLOSED') THEN 'DISTRICT' END,
				  CASE WHEN x.state IN ('FORWARDED', 'ANSWERED', 'TOLD', 'CLOSED') THEN '基准区政府' END,
				  CASE WHEN x.state IN ('FORWARDED', 'ANSWERED', 'TOLD', 'CLOSED') THEN x.received + 2 END,
				  CASE WHEN x.state IN ('FORWARDED', 'ANSWERED', 'TOLD', 'CLOSED') THEN x.received + 32 END,
				  CASE WHEN x.state IN ('ANSWERED', 'TOLD', 'CLOSED') THEN '已答复。' END,
				  CASE WHEN x.state IN ('ANSWERED', 'TOLD', 'CLOSED') THEN x.closed - 1 END,
				  CASE WHEN x.state IN ('TOLD', 'CLOSED') THEN x.closed END,
				  x.state = 'CLOSED' AND x.h % 10 <> 0, CASE WHEN x.state = 'CLOSED' THEN x.closed END, 0
				-- States and outcomes from a second hash of g (modulo a prime), not from g itself: the station, and so the
				-- city, is drawn from g, and residues of g would tie a city to one outcome.
				FROM generate_series(?, ?) g
				CROSS JOIN LATERAL (SELECT ? + 1 + (g * 7919) % ? AS station, ?::date + ((g * 104729) % ?)::int AS received,
				  (?::text[])[1 + (g * 31) % 12] AS category) y
				CROSS JOIN LATERAL (SELECT (g * 48271) % 2147483647 AS h) z
				CROSS JOIN LATERAL (SELECT y.station, y.received, y.category, z.h,
				  LEAST(y.received + 2 + (g % 58)::int, ?::date) AS closed,
				  CASE WHEN y.received < ?::date - 120 THEN
				         CASE WHEN z.h % 50 = 0 THEN 'FORWARDED' WHEN z.h % 50 = 1 THEN 'REDIRECTED' ELSE 'CLOSED' END
				       ELSE CASE z.h % 7 WHEN 0 THEN 'RECEIVED' WHEN 1 THEN 'FORWARDED' WHEN 2 THEN 'ANSWERED' WHEN 3 THEN 'TOLD'
				         ELSE 'CLOSED' END END AS state) x""")) {
			for (long from = 1; from <= opinions; from += chunk) {
				long t0 = System.nanoTime();
				long to = Math.min(opinions, from + chunk - 1);
				ps.setLong(1, from);
				ps.setLong(2, to);
				ps.setLong(3, stationBase);
				ps.setInt(4, stations);
				ps.setObject(5, start);
				ps.setLong(6, span);
				ps.setString(7, cats.toString().replace("ARRAY[", "{").replace("]", "}").replace("'", ""));
				ps.setObject(8, today.minusDays(1));
				ps.setObject(9, today);
				rows += ps.executeUpdate();
				c.commit();
				LiaisonBench.log("opinions %d–%d in %.1f s", from, to, (System.nanoTime() - t0) / 1e9);
			}
		}
		return rows;
	}

	private static long step(Statement s, String what, String sql) throws SQLException {
		long t0 = System.nanoTime();
		long n = s.executeUpdate(sql);
		LiaisonBench.log("%s: %d rows in %.1f s", what, n, (System.nanoTime() - t0) / 1e9);
		return n;
	}

	private static long one(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static void account(Connection c, String username, String passwordHash) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts_account (username, password_hash, display_name,"
				+ " role, office_code, enabled, created_at, version) VALUES (?, ?, '基准测试员', 'STAFF',"
				+ " 'DEPUTY_AFFAIRS', TRUE, now(), 0)")) {
			ps.setString(1, username);
			ps.setString(2, passwordHash);
			ps.executeUpdate();
		}
		c.commit();
	}
}
