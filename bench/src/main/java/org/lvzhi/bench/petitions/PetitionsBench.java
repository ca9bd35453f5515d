package org.lvzhi.bench.petitions;

import java.io.StringReader;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lvzhi.bench.Http;
import org.lvzhi.bench.LoadRunner;
import org.lvzhi.bench.LoadRunner.Result;
import org.lvzhi.bench.LoadRunner.Worker;
import org.lvzhi.bench.Options;
import org.lvzhi.bench.Report;
import org.lvzhi.demo.BenchPetitionTexts;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Petitions at scale: loads {@code --petitions} (1,000,000) petitions with their petitioners by
 * {@code COPY}, texts from the demo world's matters ({@link BenchPetitionTexts}), spread over the
 * years from {@code --from-year} to yesterday; then measures
 *
 * <ul>
 * <li>{@code online}: the public online form through HTTP (a new visitor: GET the form, read its
 * CSRF token and guard token, POST, expect the redirect to the receipt) beside the same two rows
 * (petition and petitioner) inserted by JDBC in one transaction, at each concurrency;</li>
 * <li>{@code similar}: the office's petition page, which runs {@code SimilarPetitions.similarTo}
 * (every petition of the last three years read and compared by character bigrams), beside the same
 * SQL and the same comparison in the harness, one query at a time, for {@code --queries} petitions of
 * the last year.</li>
 * </ul>
 *
 * The app runs with the hourly allowance of the form raised and the proof of work at difficulty 0
 * ({@code petitions.sh}): every client comes from 127.0.0.1, and the browser's work is not the
 * server's (the server checks one hash whatever the difficulty).
 */
public final class PetitionsBench {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final String USERNAME = "bench-petitions";
	private static final String PASSWORD = "bench-petitions-2026";
	private static final Pattern GUARD = Pattern.compile("name=\"_guard\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern SIMILAR_LINK = Pattern.compile("<a href=\"/petitions/(\\d+)\"");
	private static final double THRESHOLD = 0.18;
	private static final int WINDOW_YEARS = 3;

	private final Options options;
	private final String jdbcUrl;
	private final String jdbcUser;
	private final String jdbcPassword;
	private final Path out;
	private final LocalDate today = LocalDate.now(ZONE);
	private final AtomicLong sent = new AtomicLong();
	private final AtomicLong inserted = new AtomicLong();
	private long seed;

	public PetitionsBench(Options options) {
		this.options = options;
		this.jdbcUrl = options.required("jdbc-url");
		this.jdbcUser = options.string("jdbc-user", "postgres");
		this.jdbcPassword = options.string("jdbc-password", "");
		this.out = options.path("out", "bench/results/petitions");
	}

	public void run() throws Exception {
		Files.createDirectories(out);
		int petitions = options.integer("petitions", 1_000_000);
		int fromYear = options.integer("from-year", today.getYear() - 5);
		seed = options.integer("seed", 2026);
		int[] concurrencies = options.integers("threads", "4,16");
		Duration warmup = options.seconds("warmup", 5);
		Duration measure = options.seconds("seconds", 10);
		int queries = options.integer("queries", 200);
		double budget = options.seconds("similar-budget", 600).toMillis() / 1000.0;
		String base = options.required("base-url");

		String loaded;
		try (Connection c = connect()) {
			long t0 = System.nanoTime();
			load(c, petitions, LocalDate.of(fromYear, 1, 1));
			double loadSeconds = (System.nanoTime() - t0) / 1e9;
			long t1 = System.nanoTime();
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				s.execute("VACUUM ANALYZE petitions_petition");
				s.execute("VACUUM ANALYZE petitions_petitioner");
			}
			loaded = String.format(Locale.ROOT, "%,d petitions and their petitioners received %d-01-01 to %s, loaded by COPY in"
					+ " %.0f s, then VACUUM ANALYZE in %.0f s; table size %s", petitions, fromYear, today.minusDays(1), loadSeconds,
					(System.nanoTime() - t1) / 1e9, one(c, "SELECT pg_size_pretty(pg_total_relation_size('petitions_petition'))"));
			log("loaded %s", loaded);
		}

		Http staff = Http.signIn(base, USERNAME, PASSWORD);
		List<Long> sample = sample(queries);
		String check = check(staff, base, sample.get(0));
		log("%s", check);
		Duration globalWarmup = options.seconds("global-warmup", 10);
		log("warming up the form for %d s", globalWarmup.toSeconds());
		LoadRunner.run("warm-up", "http", 4, globalWarmup, Duration.ofMillis(1), seed, t -> online(base));

		List<Result> results = new ArrayList<>();
		for (int threads : concurrencies) {
			results.add(report(LoadRunner.run("online", "http", threads, warmup, measure, seed, t -> online(base))));
			results.add(report(LoadRunner.run("online", "raw", threads, warmup, measure, seed, t -> rawInsert())));
		}

		// The duplicate check, one at a time: what the office waits for when it opens a petition.
		log("the duplicate check: %d petitions of the last year, HTTP then raw, at most %.0f s each", sample.size(), budget);
		long[] scanned = new long[1];
		Similar http = similar("similar", "http", sample, budget, id -> {
			HttpResponse<String> r = staff.get("/petitions/" + id);
			if (r.statusCode() != 200 || !r.body().contains("id=\"similar\"")) {
				throw new IllegalStateException("/petitions/" + id + " answered " + r.statusCode());
			}
		});
		long[] checks = new long[1];
		Similar raw;
		Similar sqlOnly;
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			c.setReadOnly(true);
			raw = similar("similar", "raw", sample, budget, id -> {
				Found f = similarTo(c, id, 10, true);
				c.commit();
				scanned[0] += f.candidates;
				checks[0]++;
			});
			sqlOnly = similar("similar-sql", "raw", sample, budget, id -> {
				similarTo(c, id, 10, false);
				c.commit();
			});
		}
		results.add(http.result);
		results.add(raw.result);
		String split = String.format(Locale.ROOT, "raw: %,d candidates read per check on average; the statements alone, rows"
				+ " read but not compared (%d checks): p50 %.0f ms, p99 %.0f ms; the rest of the raw time is the bigram comparison",
				checks[0] == 0 ? 0 : scanned[0] / checks[0], sqlOnly.result.requests(), sqlOnly.result.p50(), sqlOnly.result.p99());
		log("%s", split);

		Files.writeString(out.resolve("explain.txt"), explain(sample.get(0)), StandardCharsets.UTF_8);
		String table = Report.text(results);
		System.out.println();
		System.out.println(table);
		StringBuilder md = new StringBuilder();
		md.append("Data: ").append(loaded).append(". Online form: warm-up ").append(warmup.toSeconds()).append(" s and ")
			.append(measure.toSeconds()).append(" s measured per row and mode, closed loop. Duplicate check: one client thread,")
			.append(" HTTP ").append(http.result.requests()).append(" and raw ").append(raw.result.requests())
			.append(" petitions (random, received in the last year). Latencies in ms.\n\n");
		md.append(Report.markdown(results)).append('\n');
		md.append("- `online`: HTTP = one visitor's petition: GET /public/petitions/new (new session, CSRF token, guard token),"
				+ " POST it with a text drawn like the data, expect the redirect to /public/petitions/done; raw = the petition"
				+ " row and the petitioner row inserted in one JDBC transaction\n");
		md.append("- `similar`: HTTP = GET /petitions/{id} as the petitions office (the page runs SimilarPetitions.similarTo);"
				+ " raw = the same two statements by JDBC in one read-only transaction and the same bigram Jaccard in the harness\n");
		md.append("- ").append(split).append("\n\nCheck: ").append(check).append('\n');
		Files.writeString(out.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
		Files.writeString(out.resolve("results.csv"), Report.csv(results), StandardCharsets.UTF_8);
		long errors = results.stream().mapToLong(Result::errors).sum();
		if (errors > 0) {
			results.stream().filter(r -> r.firstError() != null)
				.forEach(r -> log("%s %s %d threads: first error %s", r.scenario(), r.mode(), r.threads(), r.firstError()));
			throw new IllegalStateException(errors + " requests failed");
		}
	}

	// ----- data -----

	private void load(Connection c, int petitions, LocalDate from) throws Exception {
		c.setAutoCommit(false);
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts_account (username, password_hash, display_name,"
				+ " role, office_code, enabled, created_at, version) VALUES (?, ?, '基准信访员', 'STAFF', 'PETITIONS', TRUE, now(), 0)")) {
			ps.setString(1, USERNAME);
			ps.setString(2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD));
			ps.executeUpdate();
		}
		c.commit();
		CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
		long span = today.toEpochDay() - from.toEpochDay();
		Map<Integer, Integer> perYear = new HashMap<>();
		int chunk = 50_000;
		long t0 = System.nanoTime();
		for (int start = 1; start <= petitions; start += chunk) {
			int end = Math.min(petitions, start + chunk - 1);
			StringBuilder rows = new StringBuilder(chunk * 400);
			StringBuilder people = new StringBuilder(chunk * 80);
			for (int id = start; id <= end; id++) {
				BenchPetitionTexts.Text t = BenchPetitionTexts.of(seed, id);
				SplittableRandom r = new SplittableRandom(seed * 7_919L + id);
				// ids in received order: petition id n is received on day n * span / N, so the newest ids are the latest
				LocalDate received = from.plusDays((long) (id - 1) * span / petitions);
				int number = perYear.merge(received.getYear(), 1, Integer::sum);
				long age = today.toEpochDay() - received.toEpochDay();
				String state = age > 120 ? (r.nextInt(10) == 0 ? "NOT_ACCEPTED" : "FINAL")
						: age > 60 ? "REPLIED" : age > 15 ? "HANDLING" : "REGISTERED";
				String kind = switch (r.nextInt(4)) {
					case 0 -> "LETTER";
					case 1 -> "VISIT";
					case 2 -> "ONLINE";
					default -> "PHONE";
				};
				rows.append(id).append('\t').append("XF").append(received.getYear()).append('-')
					.append(String.format(Locale.ROOT, "%04d", number)).append('\t')
					.append(String.format(Locale.ROOT, "0%09d", id)).append('\t').append(kind).append('\t').append(received)
					.append("\t1\t").append(t.subject()).append('\t').append(t.matter()).append('\t').append(t.category())
					.append('\t').append(t.area()).append('\t').append(state).append('\t').append(received.plusDays(15))
					.append('\t').append(state.equals("FINAL") || state.equals("NOT_ACCEPTED") ? received.plusDays(90) : "\\N")
					.append("\t0\n");
				// one petitioner in twenty writes again: a phone from a pool of 20,000
				long phone = r.nextInt(20) == 0 ? 13_900_000_000L + r.nextInt(20_000) : 13_000_000_000L + id;
				people.append(id).append('\t').append("基准信访人").append(id % 5000).append('\t').append("\\N").append('\t')
					.append(phone).append('\t').append(t.area()).append("某街道").append(id % 300).append("号\n");
			}
			copy.copyIn("COPY petitions_petition (id, number, tracking_code, kind, received_on, head_count, subject, matter,"
					+ " category, area, state, route_due, closed_on, version) FROM STDIN", new StringReader(rows.toString()));
			copy.copyIn("COPY petitions_petitioner (petition_id, name, id_number, phone, address) FROM STDIN",
					new StringReader(people.toString()));
			c.commit();
			if (end % 200_000 == 0 || end == petitions) {
				log("petitions 1–%,d in %.0f s", end, (System.nanoTime() - t0) / 1e9);
			}
		}
		try (Statement s = c.createStatement()) {
			s.execute("SELECT setval(pg_get_serial_sequence('petitions_petition', 'id'), (SELECT max(id) FROM petitions_petition))");
			for (var e : perYear.entrySet()) {
				s.executeUpdate("INSERT INTO petitions_counter (counter_year, last_number) VALUES (" + e.getKey() + ", " + e.getValue() + ")");
			}
		}
		c.commit();
	}

	/** Petitions received in the last year (their three-year window is full), at random. */
	private List<Long> sample(int n) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
				"SELECT min(id), max(id) FROM petitions_petition WHERE received_on >= ? AND number LIKE 'XF%'")) {
			ps.setObject(1, today.minusYears(1));
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				long lo = rs.getLong(1);
				long hi = rs.getLong(2);
				Random r = new Random(seed);
				for (int i = 0; i < n; i++) {
					ids.add(lo + (long) (r.nextDouble() * (hi - lo + 1)));
				}
			}
		}
		return ids;
	}

	// ----- the online form -----

	/** One visitor: a new session, the form, the post. */
	private Worker online(String base) {
		return r -> {
			Http visitor = Http.anonymous(base);
			String page = ok(visitor.get("/public/petitions/new"), 200).body();
			String csrf = Http.csrf(page);
			Matcher guard = GUARD.matcher(page);
			if (csrf == null || !guard.find()) {
				throw new IllegalStateException("no CSRF or guard token on the petition form");
			}
			long n = sent.incrementAndGet();
			BenchPetitionTexts.Text t = BenchPetitionTexts.of(seed + 1, n);
			String form = "subject=" + Http.enc(t.subject()) + "&matter=" + Http.enc(t.matter()) + "&category="
					+ Http.enc(t.category()) + "&area=" + Http.enc(t.area()) + "&name=" + Http.enc("网上信访人" + (n % 1000))
					+ "&phone=139" + String.format(Locale.ROOT, "%08d", n % 100_000_000) + "&idNumber=&address="
					+ Http.enc(t.area() + "某街道") + "&_guard=" + Http.enc(guard.group(1)) + "&_pow=0&website=&_csrf="
					+ Http.enc(csrf);
			HttpResponse<String> done = visitor.postForm("/public/petitions/new", form);
			String location = done.headers().firstValue("Location").orElse("");
			if (done.statusCode() != 302 || !location.contains("/public/petitions/done")) {
				throw new IllegalStateException("the petition form answered " + done.statusCode() + " " + location
						+ (done.statusCode() == 200 ? " " + errorOf(done.body()) : ""));
			}
		};
	}

	private static String errorOf(String page) {
		Matcher m = Pattern.compile("class=\"alert alert-danger[^\"]*\"[^>]*>([^<]+)").matcher(page);
		return m.find() ? m.group(1).strip() : "";
	}

	/** The same two rows the app writes for a petition, in one transaction. */
	private Worker rawInsert() throws SQLException {
		Connection c = connect();
		c.setAutoCommit(false);
		PreparedStatement petition = c.prepareStatement("""
				INSERT INTO petitions_petition (number, tracking_code, kind, received_on, head_count, subject, matter, category,
				  area, body_concerned, state, route_due, version)
				VALUES (?, ?, 'ONLINE', ?, 1, ?, ?, ?, ?, NULL, 'REGISTERED', ?, 0)""", new String[] { "id" });
		PreparedStatement petitioner = c.prepareStatement("""
				INSERT INTO petitions_petitioner (petition_id, name, id_number, phone, address, representatives)
				VALUES (?, ?, NULL, ?, ?, NULL)""");
		return new Worker() {
			@Override
			public void call(SplittableRandom r) throws Exception {
				long n = inserted.incrementAndGet();
				BenchPetitionTexts.Text t = BenchPetitionTexts.of(seed + 1, n);
				petition.setString(1, "BR-" + n);
				petition.setString(2, String.format(Locale.ROOT, "1%09d", n));
				petition.setObject(3, today);
				petition.setString(4, t.subject());
				petition.setString(5, t.matter());
				petition.setString(6, t.category());
				petition.setString(7, t.area());
				petition.setObject(8, today.plusDays(15));
				petition.executeUpdate();
				long id;
				try (ResultSet keys = petition.getGeneratedKeys()) {
					keys.next();
					id = keys.getLong(1);
				}
				petitioner.setLong(1, id);
				petitioner.setString(2, "网上信访人" + (n % 1000));
				petitioner.setString(3, "139" + String.format(Locale.ROOT, "%08d", n % 100_000_000));
				petitioner.setString(4, t.area() + "某街道");
				petitioner.executeUpdate();
				c.commit();
			}

			@Override
			public void close() throws Exception {
				c.close();
			}
		};
	}

	// ----- the duplicate check -----

	interface Query {
		void run(long id) throws Exception;
	}

	private record Similar(Result result) {
	}

	/** One query after the other, until the sample or the time budget is used up. */
	private static Similar similar(String scenario, String mode, List<Long> sample, double budget, Query q) throws Exception {
		long[] lat = new long[sample.size()];
		int n = 0;
		long errors = 0;
		String first = null;
		long t0 = System.nanoTime();
		for (long id : sample) {
			if ((System.nanoTime() - t0) / 1e9 > budget) {
				log("%s %s: time budget of %.0f s used up after %d queries", scenario, mode, budget, n);
				break;
			}
			long s = System.nanoTime();
			try {
				q.run(id);
				lat[n++] = System.nanoTime() - s;
			}
			catch (Exception e) {
				errors++;
				first = first == null ? e.toString() : first;
			}
			if ((n + errors) % 20 == 0) {
				log("%s %s: %d queries, last %.0f ms", scenario, mode, n, ms(System.nanoTime() - s));
			}
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		long[] all = Arrays.copyOf(lat, n);
		Arrays.sort(all);
		Result r = new Result(scenario, mode, 1, n, errors, first, seconds, n / seconds, ms(pct(all, 0.5)), ms(pct(all, 0.9)),
				ms(pct(all, 0.99)), n == 0 ? 0 : ms(all[n - 1]), n == 0 ? 0 : Arrays.stream(all).average().orElse(0) / 1e6);
		report(r);
		return new Similar(r);
	}

	private record Candidate(long id, String number, String subject, String matter, LocalDate receivedOn, String state,
			String idNumber, String phone) {
	}

	private record Hit(long id, String number, boolean samePerson, double score) {
	}

	private record Found(List<Hit> hits, long candidates, long sqlNanos) {
	}

	// org.lvzhi.petitions.similar.SimilarPetitions, statement for statement; change both together.
	static final String SELECT = "SELECT p.id, p.number, p.subject, p.matter, p.received_on, p.state, w.id_number, w.phone"
			+ " FROM petitions_petition p LEFT JOIN petitions_petitioner w ON w.petition_id = p.id";
	static final String SELF = SELECT + " WHERE p.id = ?";
	static final String CANDIDATES = SELECT + " WHERE p.id <> ? AND p.received_on >= ?";

	private static Candidate row(ResultSet rs) throws SQLException {
		return new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
				rs.getString(6), rs.getString(7), rs.getString(8));
	}

	/**
	 * What SimilarPetitions.similarTo computes: the same SQL, the same bigrams and Jaccard, the same order; without
	 * {@code compare}, only the statements and the rows read (what the check costs before any comparison).
	 */
	private Found similarTo(Connection c, long id, int limit, boolean compare) throws SQLException {
		long t0 = System.nanoTime();
		Candidate self;
		try (PreparedStatement ps = c.prepareStatement(SELF)) {
			ps.setLong(1, id);
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					return new Found(List.of(), 0, 0);
				}
				self = row(rs);
			}
		}
		Set<String> mine = bigrams(self.subject() + " " + self.matter());
		List<Hit> found = new ArrayList<>();
		long candidates = 0;
		// Row by row as the app's stream does (the driver has fetched the whole result by then, as the app's has).
		try (PreparedStatement ps = c.prepareStatement(CANDIDATES)) {
			ps.setLong(1, id);
			ps.setObject(2, self.receivedOn().minusYears(WINDOW_YEARS));
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					Candidate cand = row(rs);
					candidates++;
					if (!compare) {
						continue;
					}
					boolean samePerson = same(self.idNumber(), cand.idNumber()) || same(self.phone(), cand.phone());
					double score = jaccard(mine, bigrams(cand.subject() + " " + cand.matter()));
					if (samePerson || score >= THRESHOLD) {
						found.add(new Hit(cand.id(), cand.number(), samePerson, score));
					}
				}
			}
		}
		long sql = System.nanoTime() - t0;
		List<Hit> top = found.stream()
			.sorted(Comparator.comparing(Hit::samePerson).thenComparingDouble(Hit::score).reversed())
			.limit(limit)
			.toList();
		return new Found(top, candidates, sql);
	}

	private static boolean same(String a, String b) {
		return a != null && !a.isBlank() && a.equals(b);
	}

	static Set<String> bigrams(String text) {
		Set<String> grams = new HashSet<>();
		int[] cps = text.codePoints().map(cp -> Character.isLetterOrDigit(cp) ? Character.toLowerCase(cp) : -1).toArray();
		for (int i = 0; i + 1 < cps.length; i++) {
			if (cps[i] >= 0 && cps[i + 1] >= 0) {
				grams.add(new String(cps, i, 2));
			}
		}
		return grams;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		Set<String> small = a.size() <= b.size() ? a : b;
		Set<String> large = small == a ? b : a;
		for (String g : small) {
			if (large.contains(g)) {
				common++;
			}
		}
		return (double) common / (a.size() + b.size() - common);
	}

	/** The form takes a petition; the petition page lists the first similar petition the raw comparison finds. */
	private String check(Http staff, String base, long id) throws Exception {
		online(base).call(new SplittableRandom(1));
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			Found f = similarTo(c, id, 10, true);
			c.commit();
			String page = ok(staff.get("/petitions/" + id), 200).body();
			int from = page.indexOf("id=\"similar\"");
			int to = from < 0 ? -1 : page.indexOf("</ul>", from);
			if (from < 0 || to < 0) {
				throw new IllegalStateException("no list of similar petitions on /petitions/" + id);
			}
			Matcher m = SIMILAR_LINK.matcher(page.substring(from, to));
			List<Long> shown = new ArrayList<>();
			while (m.find()) {
				shown.add(Long.parseLong(m.group(1)));
			}
			boolean firstTied = f.hits().size() > 1 && f.hits().get(0).score() == f.hits().get(1).score();
			if (shown.size() != f.hits().size() || (!shown.isEmpty() && shown.get(0) != f.hits().get(0).id() && !firstTied)) {
				throw new IllegalStateException("/petitions/" + id + " lists " + shown + ", the raw comparison " + f.hits());
			}
			return String.format(Locale.ROOT, "one online petition accepted through the form; /petitions/%d lists %d similar"
					+ " petitions (first %s, %d %%), as the raw comparison of its %,d candidates finds", id, shown.size(),
					f.hits().isEmpty() ? "-" : f.hits().get(0).number(),
					f.hits().isEmpty() ? 0 : Math.round(f.hits().get(0).score() * 100), f.candidates());
		}
	}

	private String explain(long id) throws SQLException {
		StringBuilder sb = new StringBuilder();
		try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + CANDIDATES)) {
			LocalDate received;
			try (PreparedStatement q = c.prepareStatement("SELECT received_on FROM petitions_petition WHERE id = ?")) {
				q.setLong(1, id);
				try (ResultSet rs = q.executeQuery()) {
					rs.next();
					received = rs.getObject(1, LocalDate.class);
				}
			}
			ps.setLong(1, id);
			ps.setObject(2, received.minusYears(WINDOW_YEARS));
			sb.append("== ").append(CANDIDATES).append(" (petition ").append(id).append(")\n");
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					sb.append(rs.getString(1)).append('\n');
				}
			}
		}
		return sb.toString();
	}

	private static String one(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	static long pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
		}
		return response;
	}

	private static Result report(Result r) {
		log("%-8s %-4s %2d threads: %8.1f req/s  p50 %8.2f ms  p99 %8.2f ms  errors %d", r.scenario(), r.mode(), r.threads(),
				r.perSecond(), r.p50(), r.p99(), r.errors());
		return r;
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
	}

	static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
		System.out.flush();
	}
}
