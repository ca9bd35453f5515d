package org.lvzhi.bench.directory;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
import java.util.function.Function;
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
import org.lvzhi.bench.directory.DirectorySql.Query;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The directory list and name search with {@code --persons} persons (100,000): loads the data into
 * the app's (empty, migrated) database, signs in as staff, and runs each scenario at each
 * concurrency twice: through HTTP (Spring MVC, security, the service, JDBC, Thymeleaf) and as the
 * same SQL sent straight to PostgreSQL. Writes results.csv, results.md and explain.txt.
 */
public final class DirectoryBench {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final Pattern PERSON_LINK = Pattern.compile("href=\"/directory/persons/(\\d+)\"");
	private static final String USERNAME = "bench";
	private static final String PASSWORD = "bench-directory-2026";

	/** A workload: how it draws its next query, and how many rows a page must at least show. */
	private record Scenario(String name, String description, Function<SplittableRandom, Query> next, int minRows) {
	}

	private final Options options;
	private final String jdbcUrl;
	private final String jdbcUser;
	private final String jdbcPassword;
	private final Path out;
	private final LocalDate today = LocalDate.now(ZONE);

	public DirectoryBench(Options options) {
		this.options = options;
		this.jdbcUrl = options.required("jdbc-url");
		this.jdbcUser = options.string("jdbc-user", "postgres");
		this.jdbcPassword = options.string("jdbc-password", "");
		this.out = options.path("out", "bench/results/directory");
	}

	public void run() throws Exception {
		Files.createDirectories(out);
		int persons = options.integer("persons", 100_000);
		long seed = options.integer("seed", 2026);
		int[] concurrencies = options.integers("threads", "4,16");
		Duration warmup = options.seconds("warmup", 5);
		Duration measure = options.seconds("seconds", 10);
		String base = options.required("base-url");

		DirectoryData data = new DirectoryData(persons, seed, today);
		try (Connection c = connect()) {
			long t0 = System.nanoTime();
			long rows = data.load(c);
			String hash = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
			DirectoryData.account(c, USERNAME, hash);
			try (Statement s = c.createStatement()) {
				s.execute("VACUUM ANALYZE directory_person");
				s.execute("VACUUM ANALYZE directory_membership");
				s.execute("VACUUM ANALYZE directory_organization");
			}
			log("loaded %d persons, %d memberships, %d bodies (%d rows) in %.1f s", persons, data.memberships,
					data.organizations, rows, (System.nanoTime() - t0) / 1e9);
		}

		Http http = Http.signIn(base, USERNAME, PASSWORD);
		int pages = (persons + DirectorySql.PAGE_SIZE - 1) / DirectorySql.PAGE_SIZE;
		Query filterProbe = new Query(null, "MUNICIPAL", "CURRENT", 1);
		long filtered;
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			filtered = DirectorySql.find(c, filterProbe, today).total();
		}
		int filteredPages = (int) Math.max(1, Math.min(50, (filtered + DirectorySql.PAGE_SIZE - 1) / DirectorySql.PAGE_SIZE));
		List<Scenario> scenarios = List.of(
				new Scenario("list", "plain list, a random page among the first 100",
						r -> new Query(null, null, null, 1 + r.nextInt(Math.min(100, pages))), DirectorySql.PAGE_SIZE),
				new Scenario("list-deep", "plain list, a random page in the second half (OFFSET 50,000 to 100,000)",
						r -> new Query(null, null, null, pages / 2 + 1 + r.nextInt(pages - pages / 2)), 1),
				new Scenario("search", "name search, first page, a two-character part of a real name",
						r -> new Query(Names.fragment(data.personNames[r.nextInt(persons)], r), null, null, 1), 1),
				new Scenario("filter", "level=MUNICIPAL&status=CURRENT, a random page among the first " + filteredPages
						+ " (" + filtered + " persons match)", r -> new Query(null, "MUNICIPAL", "CURRENT",
								1 + r.nextInt(filteredPages)), 1));

		StringBuilder notes = new StringBuilder();
		for (Scenario s : scenarios) {
			notes.append(verify(http, s, seed)).append('\n');
		}
		log("%s", notes.toString().strip());

		Duration globalWarmup = options.seconds("global-warmup", 30);
		log("warming up the app and the database for %d s", globalWarmup.toSeconds());
		LoadRunner.run("warm-up", "http", 4, globalWarmup, Duration.ofMillis(1), seed, t -> httpWorker(http, mix(scenarios)));

		List<Result> results = new ArrayList<>();
		AppCpu cpu = new AppCpu(options.string("app-pid", ""));
		StringBuilder cpuNotes = new StringBuilder();
		double measuredShare = (double) measure.toMillis() / (warmup.toMillis() + measure.toMillis());
		for (Scenario s : scenarios) {
			for (int threads : concurrencies) {
				double cpu0 = cpu.seconds();
				Result h = LoadRunner.run(s.name(), "http", threads, warmup, measure, seed, t -> httpWorker(http, s));
				report(h);
				results.add(h);
				if (cpu0 > 0) {
					// The warm-up's requests are not counted: its share of the CPU is left out too (roughly).
					String note = String.format(Locale.ROOT, "%-10s %2d threads: app CPU %.2f ms per request", s.name(), threads,
							cpu.msPerRequest(cpu0, Math.round(h.requests() / measuredShare)));
					log("%s", note);
					cpuNotes.append(note).append('\n');
				}
				Result r = LoadRunner.run(s.name(), "raw", threads, warmup, measure, seed, t -> rawWorker(s));
				report(r);
				results.add(r);
			}
		}

		String explain = explain(data, filterProbe);
		Files.writeString(out.resolve("explain.txt"), explain, StandardCharsets.UTF_8);
		String experiments = "true".equals(options.string("experiments", "true"))
				? new DirectoryExperiments(this::connect, today, data, scenarios.get(1).next(), scenarios.get(2).next(),
						warmup, measure, seed).run()
				: "";

		String table = Report.text(results);
		System.out.println();
		System.out.println(table);
		StringBuilder md = new StringBuilder();
		md.append("Persons: ").append(persons).append(", memberships: ").append(data.memberships).append(", bodies: ")
			.append(data.organizations).append(". Page size ").append(DirectorySql.PAGE_SIZE).append(". Warm-up ")
			.append(warmup.toSeconds()).append(" s and ").append(measure.toSeconds())
			.append(" s measured per row and mode, closed loop; latencies in ms.\n\n");
		md.append(Report.markdown(results)).append('\n');
		md.append("Scenarios:\n\n");
		for (Scenario s : scenarios) {
			md.append("- `").append(s.name()).append("`: ").append(s.description()).append('\n');
		}
		md.append("\nChecks:\n\n```\n").append(notes.toString().strip()).append("\n```\n");
		if (!cpuNotes.isEmpty()) {
			md.append("\nThe app's CPU per HTTP request (/proc, warm-up included pro rata; on a shared machine this moves less"
					+ " than req/s):\n\n```\n").append(cpuNotes.toString().strip()).append("\n```\n");
		}
		if (!experiments.isEmpty()) {
			md.append("\nExperiments (raw SQL only):\n\n").append(experiments).append('\n');
			System.out.println(experiments);
		}
		Files.writeString(out.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
		Files.writeString(out.resolve("results.csv"), Report.csv(results), StandardCharsets.UTF_8);
		long errors = results.stream().mapToLong(Result::errors).sum();
		if (errors > 0) {
			results.stream().filter(r -> r.firstError() != null)
				.forEach(r -> log("%s %s %d threads: first error %s", r.scenario(), r.mode(), r.threads(), r.firstError()));
			throw new IllegalStateException(errors + " requests failed");
		}
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
	}

	private static Scenario mix(List<Scenario> scenarios) {
		return new Scenario("mix", "all scenarios", r -> scenarios.get(r.nextInt(scenarios.size())).next().apply(r), 1);
	}

	private static Worker httpWorker(Http http, Scenario s) {
		KeepAlive connection = http.keepAlive();
		return new Worker() {
			@Override
			public void call(SplittableRandom random) throws Exception {
				Query q = s.next().apply(random);
				KeepAlive.Response response = connection.get(q.httpPath());
				if (response.status() != 200) {
					throw new IllegalStateException(q.httpPath() + " answered " + response.status());
				}
				int rows = rows(response.body()).size();
				if (rows < s.minRows()) {
					throw new IllegalStateException(q.httpPath() + " showed " + rows + " rows");
				}
			}

			@Override
			public void close() throws Exception {
				connection.close();
			}
		};
	}

	private Worker rawWorker(Scenario s) throws SQLException {
		Connection c = connect();
		c.setAutoCommit(false);
		c.setReadOnly(true);
		return new Worker() {
			@Override
			public void call(SplittableRandom random) throws Exception {
				Query q = s.next().apply(random);
				int rows = DirectorySql.find(c, q, today).ids().size();
				if (rows < s.minRows()) {
					throw new IllegalStateException(q + " returned " + rows + " rows");
				}
			}

			@Override
			public void close() throws SQLException {
				c.close();
			}
		};
	}

	private static List<Long> rows(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher m = PERSON_LINK.matcher(html);
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		return ids;
	}

	/** Three queries of the scenario through both paths: the same persons in the same order. */
	private String verify(Http http, Scenario s, long seed) throws Exception {
		SplittableRandom random = new SplittableRandom(seed);
		long bytes = 0;
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			for (int i = 0; i < 3; i++) {
				Query q = s.next().apply(random);
				HttpResponse<String> response = http.get(q.httpPath());
				List<Long> viaHttp = rows(response.body());
				List<Long> viaSql = DirectorySql.find(c, q, today).ids();
				if (response.statusCode() != 200 || !viaHttp.equals(viaSql) || viaSql.size() < s.minRows()) {
					throw new IllegalStateException(s.name() + ": " + q.httpPath() + " answered " + response.statusCode()
							+ " with " + viaHttp + " but the SQL gives " + viaSql);
				}
				bytes += response.body().getBytes(StandardCharsets.UTF_8).length;
			}
		}
		return String.format(Locale.ROOT, "%-10s HTTP and SQL list the same persons; page ~%d KB of HTML", s.name(),
				bytes / 3 / 1024);
	}

	private String explain(DirectoryData data, Query filter) throws SQLException {
		StringBuilder b = new StringBuilder();
		List<Query> queries = List.of(new Query(null, null, null, 1), new Query(null, null, null, 4000),
				new Query(Names.fragment(data.personNames[12345 % data.personNames.length], new SplittableRandom(1)), null, null, 1), filter);
		try (Connection c = connect(); Statement s = c.createStatement()) {
			List<Long> ids = new ArrayList<>();
			for (Query q : queries) {
				for (String sql : DirectorySql.explainable(q, today)) {
					b.append("-- ").append(q.httpPath()).append('\n').append(sql).append('\n');
					explainInto(s, sql, b);
				}
			}
			try (ResultSet rs = s.executeQuery("SELECT id FROM directory_person ORDER BY name, id LIMIT 20")) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
			String bodies = DirectorySql.bodiesExplainable(ids, today);
			b.append("-- current bodies of the first page\n").append(bodies).append('\n');
			explainInto(s, bodies, b);
			String orgs = DirectorySql.ORGANIZATIONS.replace("LIMIT ? OFFSET ?", "LIMIT 10000 OFFSET 0");
			b.append("-- every body, for the filter drop-down (OrganizationSearch)\n").append(orgs).append('\n');
			explainInto(s, orgs, b);
		}
		return b.toString();
	}

	static void explainInto(Statement s, String sql, StringBuilder b) throws SQLException {
		try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
			while (rs.next()) {
				b.append("  ").append(rs.getString(1)).append('\n');
			}
		}
		b.append('\n');
	}

	private static void report(Result r) {
		log("%-10s %-4s %2d threads: %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  (%d requests, %d errors)", r.scenario(),
				r.mode(), r.threads(), r.perSecond(), r.p50(), r.p99(), r.requests(), r.errors());
	}

	static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
		System.out.flush();
	}

}
