package org.lvzhi.bench.liaison;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lvzhi.bench.AppCpu;
import org.lvzhi.bench.Http;
import org.lvzhi.bench.KeepAlive;
import org.lvzhi.bench.LoadRunner;
import org.lvzhi.bench.LoadRunner.Result;
import org.lvzhi.bench.LoadRunner.Worker;
import org.lvzhi.bench.Options;
import org.lvzhi.bench.Report;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Liaison stations at national scale: loads {@code --opinions} opinions over {@code --stations}
 * stations (see {@link LiaisonData}), then measures at each concurrency the station dashboard of a
 * city and year and a deputy's duty record page through HTTP beside the same SQL sent straight to
 * PostgreSQL, and the public intake form through HTTP beside a plain single-row insert.
 */
public final class LiaisonBench {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final String USERNAME = "bench-liaison";
	private static final String PASSWORD = "bench-liaison-2026";
	private static final Pattern GUARD = Pattern.compile("name=\"_guard\"[^>]*value=\"([^\"]+)\"");

	private final Options options;
	private final String jdbcUrl;
	private final String jdbcUser;
	private final String jdbcPassword;
	private final Path out;
	private final LocalDate today = LocalDate.now(ZONE);
	private final AtomicLong inserted = new AtomicLong();
	private final AtomicLong submitted = new AtomicLong();
	private LiaisonData data;
	private int year;
	private List<String> scenarios;
	private String pageNotes = "";

	public LiaisonBench(Options options) {
		this.options = options;
		this.jdbcUrl = options.required("jdbc-url");
		this.jdbcUser = options.string("jdbc-user", "postgres");
		this.jdbcPassword = options.string("jdbc-password", "");
		this.out = options.path("out", "bench/results/liaison");
	}

	public void run() throws Exception {
		Files.createDirectories(out);
		long opinions = Long.parseLong(options.string("opinions", "10000000"));
		int stations = options.integer("stations", 200_000);
		int cities = options.integer("cities", 300);
		int years = options.integer("years", 5);
		int daysPerYear = options.integer("days-per-year", 1);
		long seed = options.integer("seed", 2026);
		int[] concurrencies = options.integers("threads", "4,16");
		Duration warmup = options.seconds("warmup", 5);
		Duration measure = options.seconds("seconds", 10);
		String base = options.required("base-url");
		year = today.getYear() - 1;

		data = new LiaisonData(opinions, stations, cities, years, daysPerYear, today);
		String loaded;
		scenarios = "pages".equals(options.string("only", "")) ? List.of("duty-record", "opinion-list")
				: List.of(options.string("scenarios", "dashboard,dashboard-country,duty-record,opinion-list,intake").split(","));
		try (Connection c = connect()) {
			if (options.string("reuse", null) != null) {
				data.attach(c);
				loaded = "the data of the previous run, reused";
			}
			else {
			long t0 = System.nanoTime();
			long rows = data.load(c);
			LiaisonData.account(c, USERNAME, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD));
			double loadSeconds = (System.nanoTime() - t0) / 1e9;
			c.setAutoCommit(true);
			long t1 = System.nanoTime();
			try (Statement s = c.createStatement()) {
				for (String t : List.of("liaison_opinion", "liaison_opinion_deputy", "liaison_station", "liaison_station_deputy",
						"liaison_reception_day", "liaison_reception_deputy", "dutyrecords_entry", "directory_person",
						"directory_membership", "directory_organization")) {
					s.execute("VACUUM ANALYZE " + t);
				}
			}
			loaded = String.format(Locale.ROOT, "%d rows (%d opinions, %d stations, %d deputies, %d cities, %d years) in %.0f s,"
					+ " then VACUUM ANALYZE in %.0f s", rows, opinions, stations, 2 * stations, cities, years, loadSeconds,
					(System.nanoTime() - t1) / 1e9);
			log("loaded %s", loaded);
			}
		}

		Http http = Http.signIn(base, USERNAME, PASSWORD);
		String check = check(http, base);
		log("%s", check);
		pageNotes = checkOpinionList(http);
		log("%s", pageNotes);
		Duration globalWarmup = options.seconds("global-warmup", 20);
		log("warming up for %d s", globalWarmup.toSeconds());
		LoadRunner.run("warm-up", "http", 4, globalWarmup, Duration.ofMillis(1), seed,
				t -> pagesOnly() ? page(http, r -> dutyPath(deputy(r)), body -> true) : mixed(http, base));

		List<Result> results = new ArrayList<>();
		for (int threads : concurrencies) {
			if (scenarios.contains("dashboard")) {
				results.add(report(LoadRunner.run("dashboard", "http", threads, warmup, measure, seed,
						t -> page(http, r -> dashboardPath(city(r)), body -> true))));
				results.add(report(LoadRunner.run("dashboard", "raw", threads, warmup, measure, seed,
						t -> raw((c, r) -> dashboard(c, city(r))))));
			}
			if (scenarios.contains("dashboard-country")) {
				results.add(report(LoadRunner.run("dashboard-country", "http", threads, warmup, measure, seed,
						t -> page(http, r -> dashboardPath(0), body -> true))));
				results.add(report(LoadRunner.run("dashboard-country", "raw", threads, warmup, measure, seed,
						t -> raw((c, r) -> dashboard(c, 0)))));
			}
			results.addAll(pageScenarios(http, threads, warmup, measure, seed));
			if (!scenarios.contains("intake")) {
				continue;
			}
			results.add(report(LoadRunner.run("intake", "http", threads, warmup, measure, seed, t -> intake(base))));
			results.add(report(LoadRunner.run("intake", "raw", threads, warmup, measure, seed, t -> rawInsert(t))));
		}

		String intakeCount = scenarios.contains("intake") ? intakeCount() : "no intake measured";
		log("%s", intakeCount);
		Files.writeString(out.resolve("explain.txt"), explain() + explainOpinionList(), StandardCharsets.UTF_8);
		String table = Report.text(results);
		System.out.println();
		System.out.println(table);
		StringBuilder md = new StringBuilder();
		md.append("Data: ").append(loaded).append(". Warm-up ").append(warmup.toSeconds()).append(" s and ")
			.append(measure.toSeconds()).append(" s measured per row and mode, closed loop; latencies in ms.\n\n");
		md.append(Report.markdown(results)).append('\n');
		md.append("- `dashboard`: /liaison/dashboard for one city (district) and the year ").append(year)
			.append(", a random city per request, beside its three SQL statements (summary cells, forwarded past due, reception"
					+ " summary cells) over JDBC in one read-only transaction; `dashboard-country`: the same for the whole country\n");
		md.append("- `duty-record`: /duty/deputies/{id}?year=").append(year)
			.append(" of a random deputy, beside the person, seats, totals, count and first page statements\n");
		md.append("- `intake`: HTTP = one constituent's submission on a kept-alive connection: GET the QR-code form of a"
				+ " random station (a new visitor: no cookies; the CSRF and single-use guard tokens), POST it, expect the redirect"
				+ " to the receipt; raw = one autocommitted INSERT of an opinion row\n\nCheck: ").append(check).append("; ").append(intakeCount).append('\n');
		md.append(pageNotes).append('\n');
		Files.writeString(out.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
		Files.writeString(out.resolve("results.csv"), Report.csv(results), StandardCharsets.UTF_8);
		long errors = results.stream().mapToLong(Result::errors).sum();
		if (errors > 0) {
			results.stream().filter(r -> r.firstError() != null)
				.forEach(r -> log("%s %s %d threads: first error %s", r.scenario(), r.mode(), r.threads(), r.firstError()));
			throw new IllegalStateException(errors + " requests failed");
		}
	}

	private int city(SplittableRandom r) {
		return 1 + r.nextInt(data.cities);
	}

	private long deputy(SplittableRandom r) {
		return data.deputy(1 + r.nextInt(2 * data.stations));
	}

	/** City 0: the whole country. */
	private String dashboardPath(int city) {
		return "/liaison/dashboard?from=" + year + "-01-01&to=" + year + "-12-31"
				+ (city == 0 ? "" : "&district=" + Http.enc(LiaisonData.city(city)));
	}

	private String dutyPath(long person) {
		return "/duty/deputies/" + person + "?year=" + year;
	}

	private Worker mixed(Http http, String base) {
		Worker intake = intake(base);
		return r -> {
			ok(http.get(dashboardPath(city(r))), 200);
			ok(http.get(dutyPath(deputy(r))), 200);
			if (scenarios.contains("intake")) {
				intake.call(r);
			}
		};
	}

	private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
		}
		return response;
	}

	/**
	 * One constituent after another on this thread's kept-alive connection: each a new visitor (no
	 * cookies), who opens the QR-code form of a random station and sends it. One measured request is
	 * that GET and that POST: the form's guard token is single-use, so the form is fetched for every
	 * submission.
	 */
	private Worker intake(String base) {
		KeepAlive phone = KeepAlive.anonymous(base);
		return new Worker() {
			@Override
			public void call(SplittableRandom r) throws Exception {
				phone.forget();
				String code = data.stationCode(1 + r.nextInt(data.stations));
				String path = "/public/liaison/intake/" + code;
				KeepAlive.Response form = phone.get(path);
				if (form.status() != 200) {
					throw new IllegalStateException(path + " answered " + form.status());
				}
				String page = form.body();
				Matcher guard = GUARD.matcher(page);
				String token = Http.csrf(page);
				if (!guard.find() || token == null) {
					throw new IllegalStateException("no guard or CSRF token on " + path);
				}
				String category = LiaisonData.CATEGORIES[r.nextInt(LiaisonData.CATEGORIES.length)];
				String body = "subject=" + Http.enc("小区门口路灯不亮" + r.nextInt(1000)) + "&body="
						+ Http.enc("晚上出行不便，希望尽快修复。") + "&category=" + Http.enc(category) + "&place="
						+ Http.enc("基准路" + r.nextInt(500) + "号") + "&name=" + Http.enc("群众") + "&phone=13900000000"
						+ "&website=&_guard=" + Http.enc(guard.group(1)) + "&_pow=0&_csrf=" + Http.enc(token);
				KeepAlive.Response done = phone.post(path, body);
				if (done.status() != 302 || done.location() == null || !done.location().contains("/done")) {
					throw new IllegalStateException("intake answered " + done.status() + " " + done.location());
				}
				submitted.incrementAndGet();
			}

			@Override
			public void close() throws Exception {
				phone.close();
			}
		};
	}

	/**
	 * Nothing lost or doubled: the opinions the form created are those it answered with the receipt
	 * (warm-up and check included), the raw rows those inserted.
	 */
	private String intakeCount() throws SQLException {
		long http;
		long raw;
		try (Connection c = connect(); Statement s = c.createStatement()) {
			// The raw rows' codes are lower case with a dash, which the app's codes never are; only the bench writes this subject.
			try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FILTER (WHERE tracking_code LIKE 'br-%'), COUNT(*) FILTER"
					+ " (WHERE tracking_code NOT LIKE 'br-%') FROM liaison_opinion WHERE subject LIKE '小区门口路灯不亮%'")) {
				rs.next();
				raw = rs.getLong(1);
				http = rs.getLong(2);
			}
		}
		String note = String.format(Locale.ROOT, "intake: %d opinions stored for %d receipts, %d raw rows for %d inserts", http,
				submitted.get(), raw, inserted.get());
		if (http != submitted.get() || raw != inserted.get()) {
			throw new IllegalStateException("lost or doubled opinions: " + note);
		}
		return note;
	}

	/**
	 * What one submission must do in the database at least, in one transaction: the form's read of
	 * the station by its code (the GET; the POST reads it again), the opinion, its first timeline line
	 * and its audit entry.
	 */
	private Worker rawInsert(int thread) throws SQLException {
		Connection c = connect();
		c.setAutoCommit(false);
		PreparedStatement station = c.prepareStatement("SELECT * FROM liaison_station WHERE intake_code = ?");
		PreparedStatement ps = c.prepareStatement("""
				INSERT INTO liaison_opinion (tracking_code, source, station_id, received_on, constituent_name, constituent_phone,
				  subject, body, category, place, state, solved, version)
				VALUES (?, 'ONLINE', ?, ?, '群众', '13900000000', ?, '晚上出行不便，希望尽快修复。', ?, ?, 'RECEIVED', FALSE, 0)""",
				new String[] { "id" });
		PreparedStatement step = c.prepareStatement("""
				INSERT INTO liaison_opinion_step (opinion_id, kind, occurred_on, recorded_at, actor, note)
				VALUES (?, 'RECEIVED', ?, now(), 'public', NULL)""");
		PreparedStatement audit = c.prepareStatement("""
				INSERT INTO audit_entry (occurred_at, actor, action, subject_type, subject_id, summary, before_state, after_state)
				VALUES (now(), 'anonymous', 'liaison.opinion.received', 'Opinion', ?, ?, NULL, NULL)""");
		return new Worker() {
			@Override
			public void call(SplittableRandom r) throws Exception {
				int n = 1 + r.nextInt(data.stations);
				station.setString(1, data.stationCode(n));
				try (ResultSet rs = station.executeQuery()) {
					if (!rs.next()) {
						throw new IllegalStateException("no station " + n);
					}
				}
				String subject = "小区门口路灯不亮" + r.nextInt(1000);
				ps.setString(1, "br-" + inserted.incrementAndGet());
				ps.setLong(2, data.stationBase + n);
				ps.setObject(3, today);
				ps.setString(4, subject);
				ps.setString(5, LiaisonData.CATEGORIES[r.nextInt(LiaisonData.CATEGORIES.length)]);
				ps.setString(6, "基准路" + r.nextInt(500) + "号");
				ps.executeUpdate();
				long id;
				try (ResultSet keys = ps.getGeneratedKeys()) {
					keys.next();
					id = keys.getLong(1);
				}
				step.setLong(1, id);
				step.setObject(2, today);
				step.executeUpdate();
				audit.setString(1, Long.toString(id));
				audit.setString(2, subject);
				audit.executeUpdate();
				c.commit();
			}

			@Override
			public void close() throws Exception {
				c.close();
			}
		};
	}

	interface RawPage {
		void call(Connection c, SplittableRandom r) throws Exception;
	}

	private Worker raw(RawPage page) throws SQLException {
		Connection c = connect();
		c.setAutoCommit(false);
		c.setReadOnly(true);
		return new Worker() {
			@Override
			public void call(SplittableRandom r) throws Exception {
				page.call(c, r);
				c.commit();
			}

			@Override
			public void close() throws Exception {
				c.close();
			}
		};
	}

	// The statements of org.lvzhi.liaison.statistics.StationDashboard.numbers for a city (district) or the country
	// ("*"): the opinions' summary cells grouped by category, the forwarded opinions past due counted from the
	// opinions' (state, received_on, due_on, station_id) index, and the reception days' summary cells. A whole
	// year is twelve month cells per category and state; day cells are read only for the days at either end of a
	// period that does not start or end with a month.
	static final String[] STATES = { "RECEIVED", "FORWARDED", "SUGGESTION", "LEGISLATIVE", "ANSWERED", "TOLD", "CLOSED",
			"REDIRECTED", "REOPENED" };
	static final String CELLS = " WHERE t.district = ? AND (t.span = 'M' AND t.period >= ? AND t.period < ?"
			+ " OR t.span = 'D' AND t.period >= ? AND t.period < ? OR t.span = 'D' AND t.period >= ? AND t.period <= ?)";
	static final String OPINIONS = "SELECT t.category, SUM(t.opinions) AS n"
			+ java.util.Arrays.stream(STATES)
				.map(st -> ", SUM(CASE WHEN t.state = '" + st + "' THEN t.opinions ELSE 0 END) AS n_" + st.toLowerCase())
				.collect(java.util.stream.Collectors.joining())
			+ ", SUM(t.solved) AS solved, SUM(t.solved_days) AS solved_days FROM liaison_opinion_tally t" + CELLS
			+ " GROUP BY t.category HAVING SUM(t.opinions) > 0 ORDER BY n DESC, t.category";
	static final String OVERDUE_CITY = "SELECT COUNT(*) FROM liaison_opinion o JOIN liaison_station s ON s.id = o.station_id"
			+ " AND s.district = ? WHERE o.state = 'FORWARDED' AND o.received_on >= ? AND o.received_on <= ? AND o.due_on < ?";
	static final String OVERDUE_COUNTRY = "SELECT COUNT(*) FROM liaison_opinion o"
			+ " WHERE o.state = 'FORWARDED' AND o.received_on >= ? AND o.received_on <= ? AND o.due_on < ?";
	static final String DAYS = "SELECT t.period, t.visits, t.constituents FROM liaison_reception_tally t" + CELLS;

	// The statements the dashboard ran before the summaries, over the opinions and reception days themselves: the
	// check compares the page with them, and explain.txt shows both.
	static final String AREA = " AND s.district = ?";
	static final String BASE_OPINIONS = "SELECT o.category, COUNT(*) AS n"
			+ java.util.Arrays.stream(STATES)
				.map(st -> ", SUM(CASE WHEN o.state = '" + st + "' THEN 1 ELSE 0 END) AS n_" + st.toLowerCase())
				.collect(java.util.stream.Collectors.joining())
			+ ", SUM(CASE WHEN o.state = 'CLOSED' AND o.solved = TRUE THEN 1 ELSE 0 END) AS solved"
			+ ", SUM(CASE WHEN o.state = 'CLOSED' AND o.solved = TRUE THEN CAST(o.closed_on - o.received_on AS INTEGER) ELSE 0 END) AS solved_days"
			+ ", SUM(CASE WHEN o.state = 'FORWARDED' AND o.due_on < ? THEN 1 ELSE 0 END) AS overdue"
			+ " FROM liaison_opinion o LEFT JOIN liaison_station s ON s.id = o.station_id"
			+ " WHERE o.received_on >= ? AND o.received_on <= ?" + AREA
			+ " GROUP BY o.category ORDER BY n DESC, o.category";
	static final String BASE_DAYS = "SELECT x.ym, SUM(x.present) AS visits, SUM(x.constituents) AS constituents FROM ("
			+ "SELECT EXTRACT(YEAR FROM d.held_on) * 100 + EXTRACT(MONTH FROM d.held_on) AS ym,"
			+ " d.constituents_received AS constituents,"
			+ " (SELECT COUNT(*) FROM liaison_reception_deputy rd WHERE rd.day_id = d.id AND rd.present = TRUE) AS present"
			+ " FROM liaison_reception_day d JOIN liaison_station s ON s.id = d.station_id"
			+ " WHERE d.state = 'RECORDED' AND d.held_on >= ? AND d.held_on <= ?" + AREA + ") x GROUP BY x.ym";

	/** Binds a statement of the dashboard for the year and the district ("*": the country). */
	private void bindDashboard(PreparedStatement ps, String sql, String district) throws SQLException {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		int i = 1;
		if (sql == OPINIONS || sql == DAYS) {
			// A whole year: its twelve months, no day before the first or after the last.
			LocalDate after = to.plusDays(1);
			for (Object v : new Object[] { district, from, after, from, from, after, to }) {
				ps.setObject(i++, v);
			}
			return;
		}
		if (sql == BASE_OPINIONS) {
			ps.setObject(i++, today);
		}
		if (sql == OVERDUE_CITY) {
			ps.setString(i++, district);
		}
		ps.setObject(i++, from);
		ps.setObject(i++, to);
		if (sql == OVERDUE_CITY || sql == OVERDUE_COUNTRY) {
			ps.setObject(i, today);
		}
		else if (sql == BASE_OPINIONS || sql == BASE_DAYS) {
			ps.setString(i, district);
		}
	}

	/** The dashboard's numbers: visits, constituents, opinions, solved (as the page counts them); city 0 is the country. */
	private long[] dashboard(Connection c, int city) throws SQLException {
		String district = city == 0 ? "*" : LiaisonData.city(city);
		long visits = 0;
		long constituents = 0;
		long opinions = 0;
		long solved = 0;
		for (String sql : List.of(OPINIONS, city == 0 ? OVERDUE_COUNTRY : OVERDUE_CITY, DAYS)) {
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				bindDashboard(ps, sql, district);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						if (sql == DAYS) {
							visits += rs.getLong("visits");
							constituents += rs.getLong("constituents");
						}
						else if (sql == OPINIONS) {
							opinions += rs.getLong("n");
							solved += rs.getLong("solved");
						}
					}
				}
			}
		}
		return new long[] { visits, constituents, opinions, solved };
	}

	/** The same numbers counted over the opinions and reception days themselves, as before the summaries. */
	private long[] recount(Connection c, int city) throws SQLException {
		long[] n = new long[4];
		for (String sql : List.of(BASE_DAYS, BASE_OPINIONS)) {
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				bindDashboard(ps, sql, LiaisonData.city(city));
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						if (sql == BASE_DAYS) {
							n[0] += rs.getLong("visits");
							n[1] += rs.getLong("constituents");
						}
						else {
							n[2] += rs.getLong("n");
							n[3] += rs.getLong("solved");
						}
					}
				}
			}
		}
		return n;
	}

	// What /duty/deputies/{id}?year=Y reads: the person and seats (org.lvzhi.directory), then DutyRecords' totals,
	// count and first page of 20 lines.
	static final String PERSON = "SELECT * FROM directory_person WHERE id = ?";
	static final String SEATS = "SELECT m.*, o.name, o.classification, o.level FROM directory_membership m"
			+ " JOIN directory_organization o ON o.id = m.organization_id WHERE m.person_id = ? ORDER BY m.start_date, m.id";
	static final String TOTALS = "SELECT person_id, kind, SUM(quantity) AS total FROM dutyrecords_entry"
			+ " WHERE person_id IN (?) AND occurred_on BETWEEN ? AND ? GROUP BY person_id, kind";
	static final String COUNT = "SELECT COUNT(*) FROM dutyrecords_entry WHERE person_id = ? AND occurred_on BETWEEN ? AND ?";
	static final String PAGE = "SELECT * FROM dutyrecords_entry WHERE person_id = ? AND occurred_on BETWEEN ? AND ?"
			+ " ORDER BY occurred_on DESC, id DESC LIMIT 20 OFFSET 0";

	/** The deputy's totals per kind over the year, summed: what the record page's totals add up to. */
	private long duty(Connection c, long person) throws SQLException {
		long sum = 0;
		for (String sql : List.of(PERSON, SEATS, TOTALS, COUNT, PAGE)) {
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				ps.setLong(1, person);
				if (sql != PERSON && sql != SEATS) {
					ps.setObject(2, LocalDate.of(year, 1, 1));
					ps.setObject(3, LocalDate.of(year, 12, 31));
				}
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						if (sql == COUNT) {
							sum = rs.getLong(1);
						}
					}
				}
			}
		}
		return sum;
	}

	/** The pages must show what SQL counts: the dashboard's opinions of a city, a deputy's lines. */
	private String check(Http http, String base) throws Exception {
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			long[] n = dashboard(c, 1);
			long[] counted = recount(c, 1);
			if (!java.util.Arrays.equals(n, counted)) {
				throw new IllegalStateException("the summaries of " + LiaisonData.city(1) + " count "
						+ java.util.Arrays.toString(n) + ", the opinions and days themselves " + java.util.Arrays.toString(counted));
			}
			String page = ok(http.get(dashboardPath(1)), 200).body();
			for (long v : new long[] { n[0], n[2], n[3] }) {
				if (!page.contains(">" + v + "<")) {
					throw new IllegalStateException("the dashboard of " + LiaisonData.city(1) + " does not show " + v
							+ " (SQL: visits, constituents, opinions, solved = " + java.util.Arrays.toString(n) + ")");
				}
			}
			long person = data.deputy(1);
			long lines = duty(c, person);
			String record = ok(http.get(dutyPath(person)), 200).body();
			if (!record.contains("基准代表1<") && !record.contains("基准代表1 ")) {
				log("note: the record page of %d does not show the deputy's name as expected", person);
			}
			if (lines > 0 && !record.contains(String.valueOf(lines))) {
				throw new IllegalStateException("the duty record of " + person + " does not show its " + lines + " lines");
			}
			if (scenarios.contains("intake")) {
				intake(base).call(new SplittableRandom(1));
			}
			c.commit();
			return String.format(Locale.ROOT, "dashboard of %s %d shows %d visits, %d opinions, %d solved as SQL counts;"
					+ " deputy %d's record shows %d lines%s", LiaisonData.city(1), year, n[0],
					n[2], n[3], person, lines, scenarios.contains("intake") ? "; one intake submission accepted" : "");
		}
	}

	// ---- the pages staff use all day: a deputy's duty record and the opinion list, loaded through kept-alive sockets

	/** {@code --only=pages}: the duty-record and opinion-list scenarios alone (quick runs of the staff pages). */
	private boolean pagesOnly() {
		return "pages".equals(options.string("only", ""));
	}

	/** The duty-record and opinion-list scenarios at one concurrency, HTTP then raw each. */
	private List<Result> pageScenarios(Http http, int threads, Duration warmup, Duration measure, long seed)
			throws Exception {
		List<Result> results = new ArrayList<>();
		AppCpu cpu = new AppCpu(options.string("app-pid", ""));
		double share = (double) measure.toMillis() / (warmup.toMillis() + measure.toMillis());
		double cpu0 = cpu.seconds();
		if (scenarios.contains("duty-record")) {
			results.add(report(LoadRunner.run("duty-record", "http", threads, warmup, measure, seed,
					t -> page(http, r -> dutyPath(deputy(r)), body -> true))));
			cpuNote(cpu, cpu0, results.getLast(), share);
			results.add(report(LoadRunner.run("duty-record", "raw", threads, warmup, measure, seed,
					t -> raw((c, r) -> duty(c, deputy(r))))));
		}
		if (!scenarios.contains("opinion-list")) {
			return results;
		}
		cpu0 = cpu.seconds();
		results.add(report(LoadRunner.run("opinion-list", "http", threads, warmup, measure, seed,
				t -> page(http, r -> opinionListQuery(r).path(), body -> opinionIds(body).size() == 20))));
		cpuNote(cpu, cpu0, results.getLast(), share);
		results.add(report(LoadRunner.run("opinion-list", "raw", threads, warmup, measure, seed,
				t -> raw((c, r) -> {
					if (opinionList(c, opinionListQuery(r)).size() != 20) {
						throw new IllegalStateException("an opinion list page without 20 rows");
					}
				}))));
		return results;
	}

	/** The app's CPU per request of an HTTP row, in the notes: on a shared machine it moves less than req/s. */
	private void cpuNote(AppCpu cpu, double before, Result r, double share) {
		if (before > 0) {
			String note = String.format(Locale.ROOT, "%s %d threads: app CPU %.2f ms per request", r.scenario(), r.threads(),
					cpu.msPerRequest(before, Math.round(r.requests() / share)));
			log("%s", note);
			pageNotes += "\n- " + note;
		}
	}

	/** One load thread's kept-alive session: GET a path, expect 200 and a body passing the check. */
	private static Worker page(Http http, java.util.function.Function<SplittableRandom, String> path,
			java.util.function.Predicate<String> check) {
		org.lvzhi.bench.KeepAlive connection = http.keepAlive();
		return new Worker() {
			@Override
			public void call(SplittableRandom r) throws Exception {
				String p = path.apply(r);
				org.lvzhi.bench.KeepAlive.Response response = connection.get(p);
				if (response.status() != 200 || !check.test(response.body())) {
					throw new IllegalStateException(p + " answered " + response.status());
				}
			}

			@Override
			public void close() throws Exception {
				connection.close();
			}
		};
	}

	/** The staff's opinion list: a page among the first 50, every other one of a single city (district). */
	record OpinionListQuery(String district, int page) {

		String path() {
			return "/liaison/opinions?" + (district == null ? "" : "district=" + Http.enc(district) + "&") + "page=" + page;
		}
	}

	private OpinionListQuery opinionListQuery(SplittableRandom r) {
		boolean city = r.nextBoolean();
		return new OpinionListQuery(city ? LiaisonData.city(city(r)) : null, 1 + r.nextInt(city ? 5 : 50));
	}

	private static final Pattern OPINION_LINK = Pattern.compile("href=\"/liaison/opinions/(\\d+)\"");

	private static List<Long> opinionIds(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher m = OPINION_LINK.matcher(html);
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		return ids;
	}

	// What /liaison/opinions reads for staff (org.lvzhi.liaison.Opinions.find, then Stations.names of the rows'
	// stations): the capped count, the page's row columns, the names of the page's stations.
	static final String LIST_FROM = " FROM liaison_opinion o LEFT JOIN liaison_station s ON s.id = o.station_id";
	static final String LIST_COUNT = "SELECT COUNT(*) FROM (SELECT 1" + LIST_FROM + "%s LIMIT ?) c";
	static final String LIST_PAGE = "SELECT o.id, o.tracking_code, o.source, o.station_id, o.received_on, o.subject,"
			+ " o.category, o.state, o.forwarded_to, o.due_on, o.solved, o.closed_on" + LIST_FROM
			+ "%s ORDER BY o.received_on DESC, o.id DESC LIMIT ? OFFSET ?";
	static final String LIST_STATIONS = "SELECT id, name FROM liaison_station WHERE id IN (%s)";

	/** The page's opinion IDs in order, read as the app reads them. */
	private List<Long> opinionList(Connection c, OpinionListQuery q) throws SQLException {
		String where = q.district() == null ? "" : " WHERE s.district = ?";
		int cap = Math.max(10_000, (q.page() + 10) * 20) + 1;
		try (PreparedStatement ps = c.prepareStatement(String.format(LIST_COUNT, where))) {
			int i = 1;
			if (q.district() != null) {
				ps.setString(i++, q.district());
			}
			ps.setInt(i, cap);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
			}
		}
		List<Long> ids = new ArrayList<>();
		List<Long> stationIds = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement(String.format(LIST_PAGE, where))) {
			int i = 1;
			if (q.district() != null) {
				ps.setString(i++, q.district());
			}
			ps.setInt(i++, 20);
			ps.setInt(i, (q.page() - 1) * 20);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					for (int col = 1; col <= 12; col++) {
						rs.getObject(col);
					}
					ids.add(rs.getLong(1));
					long station = rs.getLong(4);
					if (!rs.wasNull() && !stationIds.contains(station)) {
						stationIds.add(station);
					}
				}
			}
		}
		if (!stationIds.isEmpty()) {
			String marks = String.join(",", java.util.Collections.nCopies(stationIds.size(), "?"));
			try (PreparedStatement ps = c.prepareStatement(String.format(LIST_STATIONS, marks))) {
				for (int i = 0; i < stationIds.size(); i++) {
					ps.setLong(i + 1, stationIds.get(i));
				}
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						rs.getString(2);
					}
				}
			}
		}
		return ids;
	}

	/** Three opinion list pages through both paths: the same opinions in the same order. */
	private String checkOpinionList(Http http) throws Exception {
		SplittableRandom r = new SplittableRandom(7);
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			for (int i = 0; i < 3; i++) {
				OpinionListQuery q = opinionListQuery(r);
				List<Long> viaHttp = opinionIds(ok(http.get(q.path()), 200).body());
				List<Long> viaSql = opinionList(c, q);
				if (!viaHttp.equals(viaSql) || viaSql.size() != 20) {
					throw new IllegalStateException("opinion-list: " + q.path() + " shows " + viaHttp + " but the SQL gives "
							+ viaSql);
				}
			}
			c.commit();
		}
		return "- `opinion-list`: /liaison/opinions as staff, a random page among the first 50 or, every other request,"
				+ " one city's (district=) page among its first 5, beside the capped count, the page and its stations' names;"
				+ " checked: HTTP and SQL list the same 20 opinions in the same order on three pages";
	}

	private String explainOpinionList() throws SQLException {
		StringBuilder sb = new StringBuilder();
		try (Connection c = connect()) {
			for (String district : new String[] { null, LiaisonData.city(1) }) {
				String where = district == null ? "" : " WHERE s.district = ?";
				for (String sql : List.of(String.format(LIST_COUNT, where), String.format(LIST_PAGE, where))) {
					sb.append("== ").append(sql).append('\n');
					try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
						int i = 1;
						if (district != null) {
							ps.setString(i++, district);
						}
						ps.setInt(i++, sql.contains("OFFSET") ? 20 : 10_201);
						if (sql.contains("OFFSET")) {
							ps.setInt(i, 0);
						}
						try (ResultSet rs = ps.executeQuery()) {
							while (rs.next()) {
								sb.append(rs.getString(1)).append('\n');
							}
						}
					}
				}
			}
		}
		return sb.toString();
	}

	private Result report(Result r) {
		log("%-12s %-4s %2d threads: %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d", r.scenario(), r.mode(), r.threads(),
				r.perSecond(), r.p50(), r.p99(), r.errors());
		return r;
	}

	private String explain() throws SQLException {
		StringBuilder sb = new StringBuilder();
		try (Connection c = connect()) {
			for (String sql : List.of(OPINIONS, OVERDUE_CITY, OVERDUE_COUNTRY, DAYS, BASE_DAYS, BASE_OPINIONS, TOTALS, PAGE)) {
				sb.append("== ").append(sql).append('\n');
				boolean dash = sql.contains("district") || sql == OVERDUE_COUNTRY;
				try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
					if (dash) {
						bindDashboard(ps, sql, sql == OVERDUE_COUNTRY ? "*" : LiaisonData.city(1));
					}
					else {
						ps.setLong(1, data.deputy(1));
						ps.setObject(2, LocalDate.of(year, 1, 1));
						ps.setObject(3, LocalDate.of(year, 12, 31));
					}
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							sb.append(rs.getString(1)).append('\n');
						}
					}
				}
			}
		}
		return sb.toString();
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
	}

	static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
		System.out.flush();
	}
}
