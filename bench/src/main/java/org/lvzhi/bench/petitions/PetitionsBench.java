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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.lvzhi.bench.KeepAlive;
import org.lvzhi.bench.AppCpu;
import org.lvzhi.bench.LoadRunner;
import org.lvzhi.bench.LoadRunner.Result;
import org.lvzhi.bench.LoadRunner.Worker;
import org.lvzhi.bench.Options;
import org.lvzhi.bench.Report;
import org.lvzhi.demo.BenchPetitionTexts;
import org.lvzhi.petitions.routing.MatterText;
import org.lvzhi.search.BenchLucene;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Petitions at scale: loads {@code --petitions} (1,000,000) petitions with their petitioners by
 * {@code COPY}, texts from the demo world's matters ({@link BenchPetitionTexts}), spread over the
 * years from {@code --from-year} to yesterday; has the app build its {@code petition} search index
 * from the database as an administrator does (POST /admin/search/rebuild, timed); then measures
 *
 * <ul>
 * <li>{@code online}: the public online form through HTTP (a new visitor: GET the form, read its
 * CSRF token and guard token, POST, expect the redirect to the receipt) beside the same two rows
 * (petition and petitioner) inserted by JDBC in one transaction, at each concurrency;</li>
 * <li>{@code similar}: the office's petition page, which runs {@code SimilarPetitions.similarTo}
 * (100 candidates from the search index told in similar words, the same person's petitions by ID
 * number or phone, the bigram overlap over those rows), beside the same check in the harness (the
 * app's index read with the app's own Lucene classes, the same SQL, the same comparison); beside it
 * two baselines: {@code similar-db}, the database part of the check alone (the petition, the
 * same-person look-up, the candidates' rows; the candidates taken from the index beforehand), and
 * {@code similar-old}, the old full-window comparison (every petition of three years read and
 * compared: what the check cost before the index), whose top 10 also measure how many of the
 * exhaustive comparison's findings the new page lists (recall). One query at a time, for
 * {@code --queries} petitions of the last year.</li>
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
	private static final String ADMIN = "bench-petitions-admin";
	private static final Pattern PROGRESS = Pattern.compile("search-rebuild-running\">\\s*<span>([^<]*)<");
	// org.lvzhi.petitions.routing.PetitionDocuments and SimilarPetitions: change together.
	private static final String INDEX_TYPE = "petition";
	private static final String INDEX_READER = "petitions-office-only";
	private static final int INDEX_CANDIDATES = 100;
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
	private final AtomicLong accepted = new AtomicLong();
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
		Path indexFolder = options.path("index-dir", "data/index").resolve(INDEX_TYPE);
		String appPid = options.string("app-pid", "");

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

		// The petitions came in by COPY behind the app's back: the index holds none of them until an
		// administrator rebuilds it, as after a migration or a restore.
		String rebuilt = rebuild(base, appPid, indexFolder);
		log("%s", rebuilt);

		Http staff = Http.signIn(base, USERNAME, PASSWORD);
		List<Long> sample = sample(queries);
		Map<Long, List<Long>> oldTop = new HashMap<>();
		try (BenchLucene lucene = new BenchLucene(indexFolder)) {
			String check = check(staff, base, lucene, sample, oldTop);
			log("%s", check);
			Duration globalWarmup = options.seconds("global-warmup", 10);
			log("warming up the form for %d s", globalWarmup.toSeconds());
			LoadRunner.run("warm-up", "http", 4, globalWarmup, Duration.ofMillis(1), seed, t -> online(base));

			List<Result> results = new ArrayList<>();
			long before = petitionCount();
			long acceptedBefore = accepted.get();
			long insertedBefore = inserted.get();
			for (int threads : concurrencies) {
				results.add(report(LoadRunner.run("online", "http", threads, warmup, measure, seed, t -> online(base))));
				results.add(report(LoadRunner.run("online", "raw", threads, warmup, measure, seed, t -> rawInsert())));
			}
			// Nothing lost or doubled: one stored petition per accepted form and per raw insert.
			long stored = petitionCount() - before;
			long expected = accepted.get() - acceptedBefore + inserted.get() - insertedBefore;
			log("online: %d petitions stored for %d accepted forms and raw inserts", stored, expected);
			if (stored != expected) {
				throw new IllegalStateException("lost or doubled petitions: " + stored + " stored for " + expected + " sent");
			}

			// The duplicate check, one at a time: what the office waits for when it opens a petition.
			log("the duplicate check: %d petitions of the last year; HTTP, the same check raw, its database part, then the old"
					+ " full-window comparison, at most %.0f s each", sample.size(), budget);
			Map<Long, List<Long>> listed = new HashMap<>();
			Similar http = similar("similar", "http", sample, budget, id -> {
				HttpResponse<String> r = staff.get("/petitions/" + id);
				if (r.statusCode() != 200 || !r.body().contains("id=\"similar\"")) {
					throw new IllegalStateException("/petitions/" + id + " answered " + r.statusCode());
				}
				listed.put(id, shown(r.body()));
			});
			long[] counts = new long[3]; // checks, candidates, hits
			Map<Long, List<Long>> fromIndex = new HashMap<>();
			Similar rawNew;
			Similar dbOnly;
			Similar old;
			long[] oldCounts = new long[2];
			try (Connection c = connect()) {
				c.setAutoCommit(false);
				c.setReadOnly(true);
				rawNew = similar("similar", "raw", sample, budget, id -> {
					Found f = indexCheck(c, lucene, id, 10, null, true);
					c.commit();
					counts[0]++;
					counts[1] += f.candidates();
					counts[2] += f.hits().size();
				});
				// the database part: the candidates taken from the index beforehand, not timed
				for (long id : sample) {
					Candidate self = self(c, id);
					fromIndex.put(id, self == null ? List.of() : indexCandidates(lucene, self, id));
				}
				c.commit();
				dbOnly = similar("similar-db", "raw", sample, budget, id -> {
					indexCheck(c, lucene, id, 10, fromIndex.get(id), false);
					c.commit();
				});
				old = similar("similar-old", "raw", sample, budget, id -> {
					Found f = oldCheck(c, id, 10);
					c.commit();
					oldTop.put(id, f.hits().stream().map(Hit::id).toList());
					oldCounts[0]++;
					oldCounts[1] += f.candidates();
				});
			}
			results.add(http.result);
			results.add(rawNew.result);
			String recall = recall(listed, oldTop);
			log("%s", recall);
			String candidates = String.format(Locale.ROOT, "the new check in the harness: %.1f candidates per check on average"
					+ " (index and same person), %.1f listed; the old comparison: %,d candidates read per check",
					counts[0] == 0 ? 0.0 : (double) counts[1] / counts[0], counts[0] == 0 ? 0.0 : (double) counts[2] / counts[0],
					oldCounts[0] == 0 ? 0 : oldCounts[1] / oldCounts[0]);
			log("%s", candidates);

			Files.writeString(out.resolve("explain.txt"), explain(sample.get(0), fromIndex.get(sample.get(0))),
					StandardCharsets.UTF_8);
			List<Result> checks = List.of(http.result, rawNew.result, dbOnly.result, old.result);
			String table = Report.text(results);
			System.out.println();
			System.out.println(table);
			System.out.println(checksMarkdown(checks));
			StringBuilder md = new StringBuilder();
			md.append("Data: ").append(loaded).append(". Index: ").append(rebuilt).append(". Online form: warm-up ")
				.append(warmup.toSeconds()).append(" s and ").append(measure.toSeconds())
				.append(" s measured per row and mode, closed loop. Duplicate check: one client thread, random petitions")
				.append(" received in the last year, each row stopped by its budget of ").append(Math.round(budget))
				.append(" s. Latencies in ms.\n\n");
			md.append(Report.markdown(results.stream().filter(r -> r.scenario().equals("online")).toList())).append('\n');
			md.append(checksMarkdown(checks)).append('\n');
			md.append("- `online`: HTTP = one visitor's petition: GET /public/petitions/new (new session, CSRF token, guard token),"
					+ " POST it with a text drawn like the data, expect the redirect to /public/petitions/done; raw = the petition"
					+ " row and the petitioner row inserted in one JDBC transaction\n");
			md.append("- `similar` HTTP: GET /petitions/{id} as the petitions office (the page runs SimilarPetitions.similarTo);"
					+ " `similar` raw: the same check in the harness (the app's index through the app's Lucene classes, 100"
					+ " candidates, the same-person look-up, the candidates' rows, the bigram Jaccard); `similar-db`: its database"
					+ " part alone (the petition's row, the same-person look-up, the candidates' rows; candidates from the index"
					+ " beforehand); `similar-old`: the old full-window comparison (every petition of three years read and compared),"
					+ " what the check cost before the index\n");
			md.append("- ").append(candidates).append("\n- Recall (a quality note): ").append(recall).append("\n\nCheck: ")
				.append(check).append('\n');
			Files.writeString(out.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
			List<Result> all = new ArrayList<>(results);
			all.add(dbOnly.result);
			all.add(old.result);
			Files.writeString(out.resolve("results.csv"), Report.csv(all), StandardCharsets.UTF_8);
			long errors = all.stream().mapToLong(Result::errors).sum();
			if (errors > 0) {
				all.stream().filter(r -> r.firstError() != null)
					.forEach(r -> log("%s %s %d threads: first error %s", r.scenario(), r.mode(), r.threads(), r.firstError()));
				throw new IllegalStateException(errors + " requests failed");
			}
		}
	}

	/** Signs in as the administrator, starts the rebuild of the petition index and waits for it; returns the note. */
	private String rebuild(String base, String appPid, Path indexFolder) throws Exception {
		Http admin = Http.signIn(base, ADMIN, PASSWORD);
		double cpu0 = new AppCpu(appPid).seconds();
		String load0 = loadAverage();
		long t0 = System.nanoTime();
		HttpResponse<String> started = admin.post("/admin/search", "/admin/search/rebuild", "type=" + INDEX_TYPE,
				Duration.ofHours(2));
		if (started.statusCode() != 302 || started.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("rebuild answered " + started.statusCode() + " " + started.headers().map());
		}
		log("rebuilding the %s index as %s (load average %s)", INDEX_TYPE, ADMIN, load0);
		long polls = 0;
		while (true) {
			String table = admin.get("/admin/search?table=1").body();
			if (table.contains("search-rebuild-failed")) {
				throw new IllegalStateException("the rebuild failed: " + table);
			}
			if (!table.contains("search-rebuild-running")) {
				break;
			}
			if (++polls % 150 == 0) {
				Matcher progress = PROGRESS.matcher(table);
				log("rebuilding, %.0f s: %s (load average %s)", (System.nanoTime() - t0) / 1e9,
						progress.find() ? progress.group(1).strip() : "…", loadAverage());
			}
			Thread.sleep(200);
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		double cpu = new AppCpu(appPid).seconds() - cpu0;
		long documents;
		try (BenchLucene probe = new BenchLucene(indexFolder)) {
			documents = probe.numDocs();
		}
		return String.format(Locale.ROOT, "the administrator's rebuild of the %s index (POST /admin/search/rebuild): %,d documents"
				+ " in %.0f s = %.0f docs/s; the app used %.0f CPU s; load average %s at the start, %s at the end; index folder"
				+ " %s MB", INDEX_TYPE, documents, seconds, documents / seconds, cpu, load0, loadAverage(), sizeMb(indexFolder));
	}

	/** Of the old exhaustive comparison's top 10, how many the new page lists, over the petitions both ran for. */
	private static String recall(Map<Long, List<Long>> listed, Map<Long, List<Long>> oldTop) {
		double sum = 0;
		int n = 0;
		int firstFound = 0;
		int full = 0;
		long found = 0;
		long wanted = 0;
		for (var e : oldTop.entrySet()) {
			List<Long> page = listed.get(e.getKey());
			if (page == null || e.getValue().isEmpty()) {
				continue;
			}
			long both = e.getValue().stream().filter(page::contains).count();
			sum += (double) both / e.getValue().size();
			found += both;
			wanted += e.getValue().size();
			firstFound += page.contains(e.getValue().get(0)) ? 1 : 0;
			full += both == e.getValue().size() ? 1 : 0;
			n++;
		}
		return String.format(Locale.ROOT, "over %d petitions (those the old comparison ran for within its budget), the new page"
				+ " lists on average %.1f %% of the old comparison's top 10 (%d of %d in all); the old first in %d of %d; all ten in"
				+ " %d of %d", n, n == 0 ? 0 : 100 * sum / n, found, wanted, firstFound, n, full, n);
	}

	private static String checksMarkdown(List<Result> checks) {
		StringBuilder b = new StringBuilder("| duplicate check | side | checks | per s | p50 ms | p90 ms | p99 ms | max ms | mean ms | errors |\n"
				+ "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Result r : checks) {
			String what = switch (r.scenario() + "/" + r.mode()) {
				case "similar/http" -> "GET /petitions/{id} (SimilarPetitions.similarTo, index candidates)";
				case "similar/raw" -> "the same check in the harness (index + SQL + bigrams)";
				case "similar-db/raw" -> "its database part alone (petition, same person, candidates' rows)";
				case "similar-old/raw" -> "the old full-window comparison (before the index)";
				default -> r.scenario();
			};
			b.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |%n", what, r.mode(),
					r.requests(), r.perSecond(), r.p50(), r.p90(), r.p99(), r.max(), r.mean(), r.errors()));
		}
		return b.toString();
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (Exception e) {
			return "?";
		}
	}

	private static String sizeMb(Path folder) throws Exception {
		try (var files = Files.list(folder)) {
			long bytes = files.mapToLong(f -> f.toFile().length()).sum();
			return String.format(Locale.ROOT, "%.0f", bytes / 1e6);
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
		// the administrator who rebuilds the search index after the load
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts_account (username, password_hash, display_name,"
				+ " role, office_code, enabled, created_at, version) VALUES (?, ?, '基准管理员', 'ADMIN', NULL, TRUE, now(), 0)")) {
			ps.setString(1, ADMIN);
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

	/**
	 * One visitor after another on this thread's kept-alive connection, each new (no cookies): GET
	 * the form (the CSRF and single-use guard tokens), POST the petition, expect the redirect. Both are
	 * one measured request.
	 */
	private Worker online(String base) {
		KeepAlive visitor = KeepAlive.anonymous(base);
		return new Worker() {
			@Override
			public void call(SplittableRandom r) throws Exception {
				visitor.forget();
				KeepAlive.Response form = visitor.get("/public/petitions/new");
				String page = form.body();
				String csrf = form.status() == 200 ? Http.csrf(page) : null;
				Matcher guard = GUARD.matcher(page);
				if (csrf == null || !guard.find()) {
					throw new IllegalStateException("no CSRF or guard token on the petition form (" + form.status() + ")");
				}
				long n = sent.incrementAndGet();
				BenchPetitionTexts.Text t = BenchPetitionTexts.of(seed + 1, n);
				String body = "subject=" + Http.enc(t.subject()) + "&matter=" + Http.enc(t.matter()) + "&category="
						+ Http.enc(t.category()) + "&area=" + Http.enc(t.area()) + "&name=" + Http.enc("网上信访人" + (n % 1000))
						+ "&phone=139" + String.format(Locale.ROOT, "%08d", n % 100_000_000) + "&idNumber=&address="
						+ Http.enc(t.area() + "某街道") + "&_guard=" + Http.enc(guard.group(1)) + "&_pow=0&website=&_csrf="
						+ Http.enc(csrf);
				KeepAlive.Response done = visitor.post("/public/petitions/new", body);
				String location = done.location() == null ? "" : done.location();
				if (done.status() != 302 || !location.contains("/public/petitions/done")) {
					throw new IllegalStateException("the petition form answered " + done.status() + " " + location
							+ (done.status() == 200 ? " " + errorOf(done.body()) : ""));
				}
				accepted.incrementAndGet();
			}

			@Override
			public void close() throws Exception {
				visitor.close();
			}
		};
	}

	/** Petitions in the table: the loaded ones, the form's and the raw inserts. */
	private long petitionCount() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM petitions_petition")) {
			rs.next();
			return rs.getLong(1);
		}
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
	static final String SAME_PERSON = "SELECT w.petition_id FROM petitions_petitioner w WHERE w.id_number = ? OR w.phone = ?";
	// The check before the index (commit 95d45ae): every petition of the window.
	static final String OLD_CANDIDATES = SELECT + " WHERE p.id <> ? AND p.received_on >= ?";

	private static Candidate row(ResultSet rs) throws SQLException {
		return new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
				rs.getString(6), rs.getString(7), rs.getString(8));
	}

	private static Candidate self(Connection c, long id) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(SELF)) {
			ps.setLong(1, id);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? row(rs) : null;
			}
		}
	}

	/** The 100 petitions the app's index finds told in the most similar words, as SimilarPetitions asks Search.similar. */
	private static List<Long> indexCandidates(BenchLucene lucene, Candidate self, long id) throws Exception {
		List<Long> ids = new ArrayList<>();
		for (BenchLucene.Similar hit : lucene.similar(MatterText.scrubbed(self.subject() + "\n" + self.matter(), List.of()),
				INDEX_CANDIDATES, Set.of(INDEX_READER), Set.of(String.valueOf(id)))) {
			ids.add(Long.valueOf(hit.id()));
		}
		return ids;
	}

	private static String blankAs(String s) {
		return s == null || s.isBlank() ? "-" : s;
	}

	/**
	 * What SimilarPetitions.similarTo computes now: the index's candidates (or {@code fromIndex}, found
	 * beforehand), the same person's petitions, the rows of all of them in the window, the bigram
	 * Jaccard, the same order. Without {@code compare}, the statements and the rows read only.
	 */
	private Found indexCheck(Connection c, BenchLucene lucene, long id, int limit, List<Long> fromIndex, boolean compare)
			throws Exception {
		Candidate self = self(c, id);
		if (self == null) {
			return new Found(List.of(), 0, 0);
		}
		Set<Long> ids = new LinkedHashSet<>(fromIndex != null ? fromIndex : indexCandidates(lucene, self, id));
		if (self.idNumber() != null && !self.idNumber().isBlank() || self.phone() != null && !self.phone().isBlank()) {
			try (PreparedStatement ps = c.prepareStatement(SAME_PERSON)) {
				ps.setString(1, blankAs(self.idNumber()));
				ps.setString(2, blankAs(self.phone()));
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
			}
		}
		ids.remove(id);
		if (ids.isEmpty()) {
			return new Found(List.of(), 0, 0);
		}
		Set<String> mine = compare ? bigrams(self.subject() + " " + self.matter()) : Set.of();
		List<Hit> found = new ArrayList<>();
		long candidates = 0;
		// the app's JdbcClient expands IN (:ids) into one placeholder per id
		String sql = SELECT + " WHERE p.id IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
				+ ") AND p.received_on >= ?";
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			int i = 1;
			for (long candidate : ids) {
				ps.setLong(i++, candidate);
			}
			ps.setObject(i, self.receivedOn().minusYears(WINDOW_YEARS));
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					Candidate cand = row(rs);
					candidates++;
					if (compare) {
						boolean samePerson = same(self.idNumber(), cand.idNumber()) || same(self.phone(), cand.phone());
						double score = jaccard(mine, bigrams(cand.subject() + " " + cand.matter()));
						if (samePerson || score >= THRESHOLD) {
							found.add(new Hit(cand.id(), cand.number(), samePerson, score));
						}
					}
				}
			}
		}
		return new Found(top(found, limit), candidates, 0);
	}

	private static List<Hit> top(List<Hit> found, int limit) {
		return found.stream()
			.sorted(Comparator.comparing(Hit::samePerson).thenComparingDouble(Hit::score).reversed())
			.limit(limit)
			.toList();
	}

	/**
	 * The old check (before commit 95d45ae): every petition of the three-year window read with its
	 * petitioner and compared by bigrams, row by row as the app's stream did.
	 */
	private Found oldCheck(Connection c, long id, int limit) throws SQLException {
		long t0 = System.nanoTime();
		Candidate self = self(c, id);
		if (self == null) {
			return new Found(List.of(), 0, 0);
		}
		Set<String> mine = bigrams(self.subject() + " " + self.matter());
		List<Hit> found = new ArrayList<>();
		long candidates = 0;
		try (PreparedStatement ps = c.prepareStatement(OLD_CANDIDATES)) {
			ps.setLong(1, id);
			ps.setObject(2, self.receivedOn().minusYears(WINDOW_YEARS));
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					Candidate cand = row(rs);
					candidates++;
					boolean samePerson = same(self.idNumber(), cand.idNumber()) || same(self.phone(), cand.phone());
					double score = jaccard(mine, bigrams(cand.subject() + " " + cand.matter()));
					if (samePerson || score >= THRESHOLD) {
						found.add(new Hit(cand.id(), cand.number(), samePerson, score));
					}
				}
			}
		}
		return new Found(top(found, limit), candidates, System.nanoTime() - t0);
	}

	/** The petitions a page lists as similar, in its order. */
	private static List<Long> shown(String page) {
		int from = page.indexOf("id=\"similar\"");
		int to = from < 0 ? -1 : page.indexOf("</ul>", from);
		if (from < 0 || to < 0) {
			return List.of();
		}
		Matcher m = SIMILAR_LINK.matcher(page.substring(from, to));
		List<Long> shown = new ArrayList<>();
		while (m.find()) {
			shown.add(Long.parseLong(m.group(1)));
		}
		return shown;
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

	/**
	 * The form takes a petition; for the first sampled petition that the old exhaustive comparison
	 * finds similar petitions for (every petition here has some: the texts come from sixteen matters),
	 * the page lists at least one. Also noted: what the page lists beside the old comparison and the
	 * harness's own run of the new check (same index, same SQL: the lists should be equal).
	 */
	private String check(Http staff, String base, BenchLucene lucene, List<Long> sample, Map<Long, List<Long>> oldTop)
			throws Exception {
		online(base).call(new SplittableRandom(1));
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			for (long id : sample.subList(0, Math.min(3, sample.size()))) {
				Found old = oldCheck(c, id, 10);
				c.commit();
				oldTop.put(id, old.hits().stream().map(Hit::id).toList());
				if (old.hits().isEmpty()) {
					log("petition %d: the old comparison finds no similar petition among %,d; trying the next", id, old.candidates());
					continue;
				}
				List<Long> page = shown(ok(staff.get("/petitions/" + id), 200).body());
				if (page.isEmpty()) {
					throw new IllegalStateException("/petitions/" + id + " lists no similar petition; the old comparison of its "
							+ old.candidates() + " candidates finds " + old.hits());
				}
				Found mirror = indexCheck(c, lucene, id, 10, null, true);
				c.commit();
				List<Long> mirrored = mirror.hits().stream().map(Hit::id).toList();
				long common = old.hits().stream().filter(h -> page.contains(h.id())).count();
				return String.format(Locale.ROOT, "one online petition accepted through the form; /petitions/%d lists %d similar"
						+ " petitions (first %d); the old comparison of its %,d candidates finds %d (first %s, %d %%), %d of them"
						+ " on the page; the same check in the harness (%d candidates) lists %s", id, page.size(), page.get(0),
						old.candidates(), old.hits().size(), old.hits().get(0).number(), Math.round(old.hits().get(0).score() * 100),
						common, mirror.candidates(), new HashSet<>(mirrored).equals(new HashSet<>(page)) ? "the same petitions"
								: "other petitions: " + mirrored + " against the page's " + page);
			}
		}
		throw new IllegalStateException("the old comparison finds no similar petition for the first sampled petitions");
	}

	private String explain(long id, List<Long> fromIndex) throws SQLException {
		StringBuilder sb = new StringBuilder();
		try (Connection c = connect()) {
			Candidate self = self(c, id);
			explain(c, sb, "the same person (petition " + id + ")", SAME_PERSON, ps -> {
				ps.setString(1, blankAs(self.idNumber()));
				ps.setString(2, blankAs(self.phone()));
			});
			List<Long> ids = fromIndex == null ? List.of() : fromIndex;
			if (!ids.isEmpty()) {
				String sql = SELECT + " WHERE p.id IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
						+ ") AND p.received_on >= ?";
				explain(c, sb, "the candidates' rows (" + ids.size() + " from the index)", sql, ps -> {
					int i = 1;
					for (long candidate : ids) {
						ps.setLong(i++, candidate);
					}
					ps.setObject(i, self.receivedOn().minusYears(WINDOW_YEARS));
				});
			}
			explain(c, sb, "the old full-window comparison's statement", OLD_CANDIDATES, ps -> {
				ps.setLong(1, id);
				ps.setObject(2, self.receivedOn().minusYears(WINDOW_YEARS));
			});
		}
		return sb.toString();
	}

	interface Binder {
		void bind(PreparedStatement ps) throws SQLException;
	}

	private static void explain(Connection c, StringBuilder sb, String title, String sql, Binder binder) throws SQLException {
		sb.append("== ").append(title).append(": ").append(sql.length() > 300 ? sql.substring(0, 300) + " …" : sql).append('\n');
		try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
			binder.bind(ps);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					sb.append(rs.getString(1)).append('\n');
				}
			}
		}
		sb.append('\n');
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
