package org.lvzhi.bench.inspections;

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

import org.lvzhi.bench.Http;
import org.lvzhi.bench.LoadRunner;
import org.lvzhi.bench.LoadRunner.Result;
import org.lvzhi.bench.LoadRunner.Worker;
import org.lvzhi.bench.Options;
import org.lvzhi.bench.Report;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The inspection dashboard over {@code --years} years of {@code --inspections} inspections a year
 * with {@code --sites} sites each: loads the records into the app's (empty, migrated) database,
 * signs in as staff, and measures at each concurrency the dashboard page through HTTP beside the
 * same aggregate SQL sent straight to PostgreSQL, and likewise the overdue problem list. Writes
 * results.csv, results.md and explain.txt.
 */
public final class InspectionsBench {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final String USERNAME = "bench-insp";
	private static final String PASSWORD = "bench-inspections-2026";

	private final Options options;
	private final String jdbcUrl;
	private final String jdbcUser;
	private final String jdbcPassword;
	private final Path out;
	private final LocalDate today = LocalDate.now(ZONE);

	public InspectionsBench(Options options) {
		this.options = options;
		this.jdbcUrl = options.required("jdbc-url");
		this.jdbcUser = options.string("jdbc-user", "postgres");
		this.jdbcPassword = options.string("jdbc-password", "");
		this.out = options.path("out", "bench/results/inspections");
	}

	public void run() throws Exception {
		Files.createDirectories(out);
		int years = options.integer("years", 10);
		int inspections = options.integer("inspections", 2000);
		int sites = options.integer("sites", 10);
		int units = options.integer("units", 300);
		long seed = options.integer("seed", 2026);
		int[] concurrencies = options.integers("threads", "4,16");
		Duration warmup = options.seconds("warmup", 5);
		Duration measure = options.seconds("seconds", 10);
		String base = options.required("base-url");

		InspectionsData data = new InspectionsData(years, inspections, sites, units, today);
		long problems;
		try (Connection c = connect()) {
			long t0 = System.nanoTime();
			long rows = data.load(c);
			InspectionsData.account(c, USERNAME, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD));
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				for (String t : List.of("oversight_inspection", "oversight_inspection_site", "oversight_inspection_problem",
						"directory_organization")) {
					s.execute("VACUUM ANALYZE " + t);
				}
				try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM oversight_inspection_problem")) {
					rs.next();
					problems = rs.getLong(1);
				}
			}
			log("loaded %d years × %d inspections × %d sites: %d rows, %d problems in %.1f s", years, inspections, sites,
					rows, problems, (System.nanoTime() - t0) / 1e9);
		}

		Http http = Http.signIn(base, USERNAME, PASSWORD);
		String check = check(http);
		log("%s", check);
		Duration globalWarmup = options.seconds("global-warmup", 20);
		log("warming up for %d s", globalWarmup.toSeconds());
		LoadRunner.run("warm-up", "http", 4, globalWarmup, Duration.ofMillis(1), seed,
				t -> httpWorker(http, "/oversight/inspections/dashboard"));

		List<Result> results = new ArrayList<>();
		for (int threads : concurrencies) {
			results.add(report(LoadRunner.run("dashboard", "http", threads, warmup, measure, seed,
					t -> httpWorker(http, "/oversight/inspections/dashboard"))));
			results.add(report(LoadRunner.run("dashboard", "raw", threads, warmup, measure, seed, t -> rawDashboard())));
			results.add(report(LoadRunner.run("overdue-list", "http", threads, warmup, measure, seed,
					t -> httpWorker(http, "/oversight/inspections/problems?overdue=true"))));
			results.add(report(LoadRunner.run("overdue-list", "raw", threads, warmup, measure, seed, t -> rawOverdue())));
		}

		Files.writeString(out.resolve("explain.txt"), explain(), StandardCharsets.UTF_8);
		String table = Report.text(results);
		System.out.println();
		System.out.println(table);
		StringBuilder md = new StringBuilder();
		md.append(years).append(" years × ").append(inspections).append(" inspections × ").append(sites)
			.append(" sites, 0–5 problems per site: ").append(problems).append(" problems over ").append(units)
			.append(" units. Warm-up ").append(warmup.toSeconds()).append(" s and ").append(measure.toSeconds())
			.append(" s measured per row and mode, closed loop; latencies in ms.\n\n");
		md.append(Report.markdown(results)).append('\n');
		md.append("- `dashboard`: the page /oversight/inspections/dashboard (totals, open problems by unit and age, "
				+ "rate by year, the 20 latest overdue) beside its four SQL statements over JDBC (totals from the summary with"
				+ " the overdue count from the problems' indexes, open problems by unit and age, rate by year from the summary,"
				+ " the overdue page)\n");
		md.append("- `overdue-list`: the first page of /oversight/inspections/problems?overdue=true beside its count and page "
				+ "queries\n\nCheck: ").append(check).append('\n');
		Files.writeString(out.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
		Files.writeString(out.resolve("results.csv"), Report.csv(results), StandardCharsets.UTF_8);
		long errors = results.stream().mapToLong(Result::errors).sum();
		if (errors > 0) {
			results.stream().filter(r -> r.firstError() != null)
				.forEach(r -> log("%s %s %d threads: first error %s", r.scenario(), r.mode(), r.threads(), r.firstError()));
			throw new IllegalStateException(errors + " requests failed");
		}
	}

	private String check(Http http) throws Exception {
		HttpResponse<String> page = http.get("/oversight/inspections/dashboard");
		if (page.statusCode() != 200 || !page.body().contains("id=\"overdue-count\"")) {
			throw new IllegalStateException("the dashboard answered " + page.statusCode());
		}
		try (Connection c = connect()) {
			long[] totals = totals(c);
			long[] base = totals(c, BASE_TOTALS);
			if (!java.util.Arrays.equals(totals, base)) {
				throw new IllegalStateException("the summary counts " + java.util.Arrays.toString(totals)
						+ ", the problems themselves " + java.util.Arrays.toString(base));
			}
			String shown = page.body().replaceAll("(?s).*id=\"open-count\">(\\d+)<.*", "$1");
			if (!shown.equals(String.valueOf(totals[0]))) {
				throw new IllegalStateException("the page shows " + shown + " open problems, SQL counts " + totals[0]);
			}
			return String.format(Locale.ROOT, "dashboard shows %d open, %d overdue, %d closed of %d assigned, as SQL counts",
					totals[0], totals[1], totals[2], totals[3]);
		}
	}

	private Result report(Result r) {
		log("%-13s %-4s %2d threads: %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d", r.scenario(), r.mode(),
				r.threads(), r.perSecond(), r.p50(), r.p99(), r.errors());
		return r;
	}

	private static Worker httpWorker(Http http, String path) {
		return random -> {
			HttpResponse<String> response = http.get(path);
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode());
			}
		};
	}

	private Worker rawDashboard() throws SQLException {
		Connection c = connect();
		c.setAutoCommit(false);
		c.setReadOnly(true);
		return new Worker() {
			@Override
			public void call(java.util.SplittableRandom random) throws Exception {
				totals(c);
				byUnit(c);
				byYear(c);
				overduePage(c);
				c.commit();
			}

			@Override
			public void close() throws Exception {
				c.close();
			}
		};
	}

	private Worker rawOverdue() throws SQLException {
		Connection c = connect();
		c.setAutoCommit(false);
		c.setReadOnly(true);
		return new Worker() {
			@Override
			public void call(java.util.SplittableRandom random) throws Exception {
				overdue(c);
				c.commit();
			}

			@Override
			public void close() throws Exception {
				c.close();
			}
		};
	}

	// org.lvzhi.oversight.inspections.InspectionDashboard: totals and the rate per year from the summary of problems
	// by report year, state and unit; the overdue count and the open problems per unit and age (which depend on
	// today) from the problems' indexes.
	static final String TOTALS = """
			SELECT COALESCE(SUM(CASE WHEN state IN ('FOUND', 'ASSIGNED', 'REPORTED', 'NOT_FIXED') THEN problems END), 0),
			  (SELECT COUNT(*) FROM oversight_inspection_problem WHERE state IN ('ASSIGNED', 'NOT_FIXED') AND rectify_due < ?)
			  + (SELECT COUNT(*) FROM oversight_inspection_problem WHERE state = 'FOUND' AND assign_due < ?),
			  COALESCE(SUM(CASE WHEN state = 'CLOSED' THEN problems END), 0),
			  COALESCE(SUM(CASE WHEN with_unit THEN problems END), 0)
			FROM oversight_problem_tally""";

	/** The totals as counted before the summary, over every problem: the check compares the page with them. */
	static final String BASE_TOTALS = """
			SELECT COUNT(CASE WHEN state IN ('FOUND', 'ASSIGNED', 'REPORTED', 'NOT_FIXED') THEN 1 END),
			  COUNT(CASE WHEN (state IN ('ASSIGNED', 'NOT_FIXED') AND rectify_due < ?) OR (state = 'FOUND' AND assign_due < ?) THEN 1 END),
			  COUNT(CASE WHEN state = 'CLOSED' THEN 1 END), COUNT(unit_id)
			FROM oversight_inspection_problem""";

	static final String BY_UNIT = """
			SELECT unit_id, COUNT(CASE WHEN assigned_on > ? THEN 1 END),
			  COUNT(CASE WHEN assigned_on <= ? AND assigned_on > ? THEN 1 END),
			  COUNT(CASE WHEN assigned_on <= ? AND assigned_on > ? THEN 1 END), COUNT(CASE WHEN assigned_on <= ? THEN 1 END)
			FROM oversight_inspection_problem
			WHERE state IN ('ASSIGNED', 'REPORTED', 'NOT_FIXED') AND unit_id IS NOT NULL
			GROUP BY unit_id ORDER BY COUNT(*) DESC, unit_id""";

	static final String BY_YEAR = """
			SELECT report_year, SUM(problems), SUM(CASE WHEN with_unit THEN problems ELSE 0 END),
			  SUM(CASE WHEN state = 'CLOSED' THEN problems ELSE 0 END)
			FROM oversight_problem_tally GROUP BY report_year HAVING SUM(problems) > 0 ORDER BY report_year""";

	static final String BASE_BY_YEAR = """
			SELECT i.report_year, COUNT(*), COUNT(p.unit_id), COUNT(CASE WHEN p.state = 'CLOSED' THEN 1 END)
			FROM oversight_inspection_problem p JOIN oversight_inspection i ON i.id = p.inspection_id
			GROUP BY i.report_year ORDER BY i.report_year""";

	static final String OVERDUE_WHERE = " WHERE ((p.state IN ('ASSIGNED', 'NOT_FIXED') AND p.rectify_due < ?)"
			+ " OR (p.state = 'FOUND' AND p.assign_due < ?))";

	static final String OVERDUE_COUNT = "SELECT COUNT(*) FROM oversight_inspection_problem p JOIN oversight_inspection i"
			+ " ON i.id = p.inspection_id" + OVERDUE_WHERE;

	static final String OVERDUE_PAGE = """
			SELECT p.id, p.inspection_id, i.title, i.law_title, p.site_id, s.name, s.district, s.mode, p.description,
			  p.article_ref, p.state, p.unit_id, p.found_on, p.assign_due, p.assigned_on, p.rectify_due, p.closed_on, p.version
			FROM oversight_inspection_problem p JOIN oversight_inspection_site s ON s.id = p.site_id
			JOIN oversight_inspection i ON i.id = p.inspection_id""" + OVERDUE_WHERE
			+ " ORDER BY p.found_on DESC, p.id DESC LIMIT 20 OFFSET 0";

	private long[] totals(Connection c) throws SQLException {
		return totals(c, TOTALS);
	}

	private long[] totals(Connection c, String sql) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			ps.setObject(1, today);
			ps.setObject(2, today);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) };
			}
		}
	}

	private int byUnit(Connection c) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(BY_UNIT)) {
			LocalDate m1 = today.minusMonths(1);
			LocalDate m3 = today.minusMonths(3);
			LocalDate m6 = today.minusMonths(6);
			Object[] args = { m1, m1, m3, m3, m6, m6 };
			for (int i = 0; i < args.length; i++) {
				ps.setObject(i + 1, args[i]);
			}
			return drain(ps);
		}
	}

	private int byYear(Connection c) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(BY_YEAR)) {
			return drain(ps);
		}
	}

	private int overdue(Connection c) throws SQLException {
		try (PreparedStatement count = c.prepareStatement(OVERDUE_COUNT);
				PreparedStatement page = c.prepareStatement(OVERDUE_PAGE)) {
			for (PreparedStatement ps : List.of(count, page)) {
				ps.setObject(1, today);
				ps.setObject(2, today);
			}
			drain(count);
			return drain(page);
		}
	}

	/** The dashboard lists the 20 latest overdue problems; their count is among its totals. */
	private int overduePage(Connection c) throws SQLException {
		try (PreparedStatement page = c.prepareStatement(OVERDUE_PAGE)) {
			page.setObject(1, today);
			page.setObject(2, today);
			return drain(page);
		}
	}

	private static int drain(PreparedStatement ps) throws SQLException {
		int n = 0;
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				n++;
			}
		}
		return n;
	}

	private String explain() throws SQLException {
		StringBuilder sb = new StringBuilder();
		try (Connection c = connect()) {
			for (String[] q : List.of(new String[] { "totals", TOTALS }, new String[] { "by unit", BY_UNIT },
					new String[] { "by year", BY_YEAR },
					new String[] { "totals before the summary", BASE_TOTALS }, new String[] { "by year before", BASE_BY_YEAR },
					new String[] { "overdue count", OVERDUE_COUNT },
					new String[] { "overdue page", OVERDUE_PAGE })) {
				sb.append("== ").append(q[0]).append('\n');
				try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + q[1])) {
					int params = (int) q[1].chars().filter(ch -> ch == '?').count();
					for (int i = 1; i <= params; i++) {
						ps.setObject(i, today.minusMonths(i % 2 == 0 ? 3 : 0));
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

	private static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
		System.out.flush();
	}
}
