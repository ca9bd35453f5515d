package org.lvzhi.bench.suggestions;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.lvzhi.bench.Http;
import org.lvzhi.bench.KeepAlive;
import org.lvzhi.bench.AppCpu;
import org.lvzhi.bench.LoadRunner;
import org.lvzhi.bench.LoadRunner.Result;
import org.lvzhi.bench.LoadRunner.Worker;
import org.lvzhi.bench.Options;
import org.lvzhi.bench.Report;
import org.lvzhi.search.BenchLucene;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Suggestions at scale ({@code --suggestions}, 1,000,000): loads them into the app's database,
 * has the app rebuild its search index from the database as an administrator would (timed: the
 * indexing rate), then measures, signed in as the deputies' affairs commission, full-text search
 * and the filtered list through HTTP beside the same Lucene search on the same index folder and
 * the same SQL, and the similar-suggestion lookup of the draft form both ways.
 */
public final class SuggestionsBench {

	private static final Pattern SUGGESTION_LINK = Pattern.compile("href=\"/suggestions/(\\d+)\"");
	private static final Pattern DATA_ID = Pattern.compile("data-id=\"(\\d+)\"");
	private static final Pattern JSON_ID = Pattern.compile("\"id\":(\\d+)");
	/** The search box's JSON: type and ID of each hit. */
	private static final Pattern TYPED_ID = Pattern.compile("\"type\":\"([a-z-]+)\",\"typeName\":\"[^\"]*\",\"id\":\"(\\d+)\"");
	/** What the bench account reads with (ReaderKeys): staff of the deputies' affairs office. */
	private static final Set<String> ALL_READERS = Set.of("public", "staff", "office:DEPUTY_AFFAIRS");
	private static final Pattern PROGRESS = Pattern.compile("search-rebuild-running\">\\s*<span>([^<]*)<");
	private static final String USERNAME = "bench";
	private static final String ADMIN = "bench-admin";
	private static final String PASSWORD = "bench-suggestions-2026";
	/** What the deputies' affairs commission reads (SuggestionReaders). */
	private static final Set<String> READERS = Set.of("public", "staff");
	/** SuggestionSearchController.PAGE_SIZE, Page's default size, SimilarSuggestionsController.LIMIT / MIN_SHOWN. */
	private static final int PAGE_SIZE = 20;
	private static final int SIMILAR_LIMIT = 5;
	private static final double MIN_SHOWN = 0.2;

	/** One request of a scenario: the HTTP path, and the raw call giving the ids it must show. */
	interface Call {

		String path();

		List<Long> raw(Raw raw) throws Exception;
	}

	/** What a raw worker holds: a JDBC connection (list) and the shared index reader (search, similar). */
	record Raw(Connection connection, BenchLucene lucene, BenchLucene.AllFolders all) {

		Raw(Connection connection, BenchLucene lucene) {
			this(connection, lucene, allFolders);
		}
	}

	/** The suggestion and opinion indexes read as one, for the search box's scenario; {@code null} without opinions. */
	private static BenchLucene.AllFolders allFolders;

	private record Scenario(String name, String description, Function<SplittableRandom, Call> next, int minRows,
			Pattern ids, int[] threads) {
	}

	private final Options options;
	private final String jdbcUrl;
	private final String jdbcUser;
	private final Path out;

	public SuggestionsBench(Options options) {
		this.options = options;
		this.jdbcUrl = options.required("jdbc-url");
		this.jdbcUser = options.string("jdbc-user", "postgres");
		this.out = options.path("out", "bench/results/suggestions");
	}

	public void run() throws Exception {
		Files.createDirectories(out);
		int count = options.integer("suggestions", 1_000_000);
		long opinions = options.integer("opinions", 0);
		long seed = options.integer("seed", 2026);
		int[] concurrencies = options.integers("threads", "4,16");
		int[] similarThreads = options.integers("similar-threads", "1,4");
		Duration warmup = options.seconds("warmup", 5);
		Duration measure = options.seconds("seconds", 10);
		String base = options.required("base-url");
		Path indexFolder = options.path("index-dir", "data/index").resolve("suggestion");
		StringBuilder notes = new StringBuilder();

		SuggestionsData data = new SuggestionsData(count, seed);
		// --reuse=true: the database and the index of an earlier run with the same --suggestions and
		// --seed are measured again (e.g. after a change to the app), without loading or rebuilding.
		boolean reuse = "true".equals(options.string("reuse", "false"));
		if (!reuse) {
		try (Connection c = connect()) {
			long t0 = System.nanoTime();
			long rows = data.load(c);
			Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
			SuggestionsData.account(c, USERNAME, encoder.encode(PASSWORD), "STAFF", "DEPUTY_AFFAIRS");
			SuggestionsData.account(c, ADMIN, encoder.encode(PASSWORD), "ADMIN", null);
			if (opinions > 0) {
				// Opinions of liaison stations beside the suggestions: the search box's mixed index.
				long o0 = System.nanoTime();
				org.lvzhi.bench.liaison.LiaisonData liaison = new org.lvzhi.bench.liaison.LiaisonData(opinions,
						Math.max(100, (int) (opinions / 50)), 30, 3, 1, java.time.LocalDate.now());
				long opinionRows = liaison.load(c);
				c.setAutoCommit(true);
				note(notes, "loaded %d opinions of liaison stations (%d rows) in %.1f s", opinions, opinionRows,
						(System.nanoTime() - o0) / 1e9);
			}
			double loadSeconds = (System.nanoTime() - t0) / 1e9;
			long t1 = System.nanoTime();
			try (Statement s = c.createStatement()) {
				s.execute("VACUUM ANALYZE");
			}
			note(notes, "loaded %d suggestions (%d assignments, %d answers; %d rows) with COPY in %.1f s, VACUUM ANALYZE %.1f s",
					count, data.assignments, data.answers, rows, loadSeconds, (System.nanoTime() - t1) / 1e9);
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
					"SELECT pg_size_pretty(pg_total_relation_size('suggestions_suggestion')), "
							+ "(SELECT count(*) FROM suggestions_suggestion WHERE state NOT IN ('WITHDRAWN', 'MERGED')), "
							+ "(SELECT avg(length(body)) FROM suggestions_suggestion)")) {
				rs.next();
				note(notes, "suggestions_suggestion %s; %d suggestions to index; text %.0f characters on average", rs.getString(1),
						rs.getLong(2), rs.getDouble(3));
			}
		}

		}
		else {
			try (Connection c = connect(); Statement st = c.createStatement();
					ResultSet rs = st.executeQuery("SELECT count(*) FROM suggestions_suggestion")) {
				rs.next();
				if (rs.getLong(1) != count) {
					throw new IllegalStateException("--reuse: the database holds " + rs.getLong(1) + " suggestions, not " + count);
				}
			}
			note(notes, "reused the database and index of an earlier run (%d suggestions)", count);
		}

		// The index, built the way an administrator does it: /admin/search, rebuild "suggestion".
		long indexed;
		if (!reuse) {
		Http admin = Http.signIn(base, ADMIN, PASSWORD);
		String pid = options.string("app-pid", "");
		double cpu0 = new AppCpu(pid).seconds();
		long t2 = System.nanoTime();
		for (String type : opinions > 0 ? List.of("suggestion", "opinion") : List.of("suggestion")) {
		HttpResponse<String> rebuilt = admin.post("/admin/search", "/admin/search/rebuild", "type=" + type,
				Duration.ofHours(2));
		if (rebuilt.statusCode() != 302 || rebuilt.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("rebuild answered " + rebuilt.statusCode() + " " + rebuilt.headers().map());
		}
		// The rebuild runs in the background; the admin page shows its progress until it is done.
		long polls = 0;
		while (true) {
			String table = admin.get("/admin/search?table=1").body();
			if (table.contains("search-rebuild-failed")) {
				throw new IllegalStateException("the rebuild failed: " + table);
			}
			if (!table.contains("search-rebuild-running")) {
				break;
			}
			if (++polls % 30 == 0) {
				Matcher progress = PROGRESS.matcher(table);
				log("rebuilding: %s", progress.find() ? progress.group(1).strip() : "…");
			}
			Thread.sleep(200);
		}
		}
		double rebuildSeconds = (System.nanoTime() - t2) / 1e9;
		double rebuildCpu = new AppCpu(pid).seconds() - cpu0;
		BenchLucene probe = new BenchLucene(indexFolder);
		indexed = probe.numDocs();
		probe.close();
		note(notes, "admin rebuild of the suggestion index: %d documents in %.1f s = %.0f docs/s; the app used %.1f CPU s "
				+ "= %.0f docs per CPU second (load average %s); index folder %s MB", indexed, rebuildSeconds,
				indexed / rebuildSeconds, rebuildCpu, indexed / Math.max(0.001, rebuildCpu), loadAverage(),
				sizeMb(indexFolder));

		}
		BenchLucene lucene = new BenchLucene(indexFolder);
		indexed = lucene.numDocs();
		if (opinions > 0) {
			allFolders = new BenchLucene.AllFolders(Map.of("suggestion", indexFolder,
					"opinion", indexFolder.resolveSibling("opinion")));
			note(notes, "the search box's indexes: %d documents (suggestion and opinion)", allFolders.numDocs());
		}
		if ("true".equals(options.string("rebuild-only", "false"))) {
			lucene.close();
			Files.writeString(out.resolve("results.md"), "Rebuild only:\n\n```\n" + notes.toString().strip() + "\n```\n",
					StandardCharsets.UTF_8);
			return;
		}

		Http http = Http.signIn(base, USERNAME, PASSWORD);
		Map<String, Integer> listPages = new HashMap<>();
		List<String> listKeys = new ArrayList<>();
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"SELECT s.session_year, a.organization_id, count(DISTINCT s.id) FROM suggestions_suggestion s JOIN suggestions_assignment a "
						+ "ON a.suggestion_id = s.id AND a.status <> 'RETURNED' WHERE s.state = 'CLOSED' "
						+ "GROUP BY 1, 2 ORDER BY 1, 2")) {
			while (rs.next()) {
				String key = rs.getInt(1) + "/" + rs.getLong(2);
				listKeys.add(key);
				listPages.put(key, (int) Math.max(1, Math.min(50, (rs.getLong(3) + PAGE_SIZE - 1) / PAGE_SIZE)));
			}
		}
		List<Scenario> all = List.of(
				new Scenario("search", "GET /suggestions/search?q=…, first page: one or two words staff type ("
						+ Texts.QUERIES.length + " queries); raw: the same query, highlighting and stored fields on the index folder",
						r -> search(Texts.QUERIES[r.nextInt(Texts.QUERIES.length)]), 1, SUGGESTION_LINK, concurrencies),
				new Scenario("list", "GET /suggestions?state=CLOSED&year=Y&unit=U&page=P, Y and U random, P random among the "
						+ "first 50 pages; raw: the count, the page and the name look-ups of Suggestions.find and Names",
						r -> {
							String key = listKeys.get(r.nextInt(listKeys.size()));
							return list(key, 1 + r.nextInt(listPages.get(key)));
						}, 1, SUGGESTION_LINK, concurrencies),
				new Scenario("similar", "GET /suggestions/similar?title=…&body=… (the draft form's htmx fragment) with a new "
						+ "draft written like the data; raw: LuceneSearch.similar's work on the index folder",
						r -> similar(data.draft(r.nextInt(1_000_000))), 0, DATA_ID, similarThreads),
				new Scenario("search-all", "GET /api/v1/search?q=… (the search box over every type, JSON, with the counts "
						+ "per type, year, state and body); raw: the same AllTypes search on the app's index folders",
						r -> searchAll(Texts.QUERIES[r.nextInt(Texts.QUERIES.length)]), 1, TYPED_ID, concurrencies),
				new Scenario("search-json", "GET /api/v1/suggestions/search?q=… (the same search as JSON, no page around it); "
						+ "raw: as for search", r -> searchJson(Texts.QUERIES[r.nextInt(Texts.QUERIES.length)]), 1, JSON_ID,
						concurrencies));

		Set<String> only = Set.of(options.string("only", "search,search-json,list,similar").split(","));
		List<Scenario> scenarios = java.util.stream.Stream.of("search", "search-json", "search-all", "list", "similar")
			.filter(only::contains)
			.flatMap(name -> all.stream().filter(s -> s.name().equals(name)))
			.toList();
		for (Scenario s : scenarios) {
			note(notes, "%s", verify(http, lucene, s, seed));
		}

		Duration globalWarmup = options.seconds("global-warmup", 20);
		log("warming up the app for %d s", globalWarmup.toSeconds());
		LoadRunner.run("warm-up", "http", 4, globalWarmup, Duration.ofMillis(1), seed,
				t -> httpWorker(http, all.get(Math.min(t, 1)) /* search and list */));
		log("warming up the harness's raw Lucene for %d s", globalWarmup.toSeconds());
		LoadRunner.run("warm-up", "raw", 4, globalWarmup, Duration.ofMillis(1), seed,
				t -> rawWorker(lucene, all.get(t % 2 == 0 ? 0 : 2) /* search and similar */));

		String appPid = options.string("app-pid", "");
		List<Result> results = new ArrayList<>();
		String profile = "";
		for (Scenario s : scenarios) {
			for (int threads : s.threads()) {
				boolean record = "search".equals(s.name()) && threads == s.threads()[s.threads().length - 1]
						&& !appPid.isBlank();
				Path jfr = out.resolve("app-search.jfr");
				if (record) {
					jcmd(appPid, "JFR.start", "name=benchsearch", "settings=profile", "filename=" + jfr.toAbsolutePath());
				}
				double appCpu = new AppCpu(appPid).seconds();
				double ownCpu = harnessCpuSeconds();
				Result h = LoadRunner.run(s.name(), "http", threads, warmup, measure, seed, t -> httpWorker(http, s));
				double ownShare = (harnessCpuSeconds() - ownCpu) * 1000 / Math.max(1, h.requests());
				// The app's CPU over warm-up and measurement, scaled to the measured window: a figure that
				// moves little with the machine's load, unlike the latencies.
				double share = (double) measure.toMillis() / (warmup.toMillis() + measure.toMillis());
				note(notes, "%s http %d threads: ≈%.1f ms of app CPU a request, ≈%.2f ms of the load generator's (load average %s)",
						s.name(), threads, (new AppCpu(appPid).seconds() - appCpu) * share * 1000 / Math.max(1, h.requests()),
						ownShare * share, loadAverage());
				if (record) {
					jcmd(appPid, "JFR.stop", "name=benchsearch");
					profile = profile(jfr);
				}
				report(h);
				results.add(h);
				Result r = LoadRunner.run(s.name(), "raw", threads, warmup, measure, seed, t -> rawWorker(lucene, s));
				report(r);
				results.add(r);
			}
		}
		lucene.close();
		if (allFolders != null) {
			allFolders.close();
		}

		String explain = explain(listKeys.get(listKeys.size() / 2));
		Files.writeString(out.resolve("explain.txt"), explain, StandardCharsets.UTF_8);

		String table = Report.text(results);
		System.out.println();
		System.out.println(table);
		System.out.println(profile);
		StringBuilder md = new StringBuilder();
		md.append("Suggestions: ").append(count).append(" (").append(indexed).append(" in the index). Warm-up ")
			.append(warmup.toSeconds()).append(" s and ").append(measure.toSeconds())
			.append(" s measured per row and mode, closed loop; latencies in ms. \"raw\" is Lucene on the app's index folder for ")
			.append("`search` and `similar`, PostgreSQL through JDBC for `list`.\n\n");
		md.append(Report.markdown(results)).append('\n');
		md.append("Scenarios:\n\n");
		for (Scenario s : scenarios) {
			md.append("- `").append(s.name()).append("`: ").append(s.description()).append('\n');
		}
		md.append("\nData, index and checks:\n\n```\n").append(notes.toString().strip()).append("\n```\n");
		if (!profile.isEmpty()) {
			md.append("\n").append(profile).append('\n');
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

	private static Call search(String q) {
		return new Call() {
			public String path() {
				return "/suggestions/search?q=" + Http.enc(q);
			}

			public List<Long> raw(Raw raw) throws Exception {
				return raw.lucene().search(q, Map.of(), READERS, 0, PAGE_SIZE).ids().stream().map(Long::valueOf).toList();
			}

			public String toString() {
				return path();
			}
		};
	}

	private static Call searchJson(String q) {
		return new Call() {
			public String path() {
				return "/api/v1/suggestions/search?q=" + Http.enc(q);
			}

			public List<Long> raw(Raw raw) throws Exception {
				return search(q).raw(raw);
			}

			public String toString() {
				return path();
			}
		};
	}

	private static Call list(String key, int page) {
		int year = Integer.parseInt(key.substring(0, key.indexOf('/')));
		long unit = Long.parseLong(key.substring(key.indexOf('/') + 1));
		return new Call() {
			public String path() {
				return "/suggestions?state=CLOSED&year=" + year + "&unit=" + unit + "&page=" + page;
			}

			public List<Long> raw(Raw raw) throws Exception {
				return ListSql.find(raw.connection(), "CLOSED", unit, year, page, PAGE_SIZE);
			}

			public String toString() {
				return path();
			}
		};
	}

	private static Call similar(String[] draft) {
		return new Call() {
			public String path() {
				return "/suggestions/similar?title=" + Http.enc(draft[0]) + "&body=" + Http.enc(draft[1]);
			}

			public List<Long> raw(Raw raw) throws Exception {
				return raw.lucene().similar(draft[0] + "\n" + draft[1], SIMILAR_LIMIT, READERS, Set.of()).stream()
					.filter(s -> s.similarity() >= MIN_SHOWN).map(s -> Long.valueOf(s.id())).toList();
			}

			public String toString() {
				return "similar to " + draft[0];
			}
		};
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl, jdbcUser, options.string("jdbc-password", ""));
	}

	/** This process's CPU time: the load generator's own cost, beside the app's. */
	private static double harnessCpuSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
	}

	private static Worker httpWorker(Http http, Scenario s) {
		KeepAlive connection = http.keepAlive();
		return new Worker() {
			@Override
			public void call(SplittableRandom random) throws Exception {
				Call call = s.next().apply(random);
				KeepAlive.Response response = connection.get(call.path());
				if (response.status() != 200) {
					throw new IllegalStateException(call + " answered " + response.status());
				}
				int rows = ids(s.ids(), response.body()).size();
				if (rows < s.minRows()) {
					throw new IllegalStateException(call + " showed " + rows + " rows");
				}
			}

			@Override
			public void close() throws Exception {
				connection.close();
			}
		};
	}

	private Worker rawWorker(BenchLucene lucene, Scenario s) throws SQLException {
		Connection c = "list".equals(s.name()) ? connect() : null;
		if (c != null) {
			c.setAutoCommit(false);
			c.setReadOnly(true);
		}
		Raw raw = new Raw(c, lucene);
		return new Worker() {
			@Override
			public void call(SplittableRandom random) throws Exception {
				Call call = s.next().apply(random);
				int rows = call.raw(raw).size();
				if (c != null) {
					c.commit();
				}
				if (rows < s.minRows()) {
					throw new IllegalStateException(call + " returned " + rows + " rows");
				}
			}

			@Override
			public void close() throws SQLException {
				if (c != null) {
					c.close();
				}
			}
		};
	}

	private static List<Long> ids(Pattern p, String html) {
		Set<Long> ids = new LinkedHashSet<>();
		Matcher m = p.matcher(html);
		while (m.find()) {
			ids.add(m.groupCount() == 2 ? typed(m.group(1), m.group(2)) : Long.parseLong(m.group(1)));
		}
		return List.copyOf(ids);
	}

	/** A hit of the search box as one number: opinions above 2^40, suggestions below. */
	static long typed(String type, String id) {
		return ("opinion".equals(type) ? 1L << 40 : 0L) + Long.parseLong(id);
	}

	private static Call searchAll(String q) {
		return new Call() {
			public String path() {
				return "/api/v1/search?q=" + Http.enc(q);
			}

			public List<Long> raw(Raw raw) throws Exception {
				return raw.all().search(q, ALL_READERS, PAGE_SIZE).ids().stream()
					.map(t -> typed(t.substring(0, t.indexOf('/')), t.substring(t.indexOf('/') + 1)))
					.toList();
			}

			public String toString() {
				return path();
			}
		};
	}

	/** Five calls of the scenario through both paths: the same suggestions in the same order. */
	private String verify(Http http, BenchLucene lucene, Scenario s, long seed) throws Exception {
		SplittableRandom random = new SplittableRandom(seed);
		long bytes = 0;
		int shown = 0;
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			Raw raw = new Raw(c, lucene);
			for (int i = 0; i < 5; i++) {
				Call call = s.next().apply(random);
				HttpResponse<String> response = http.get(call.path());
				List<Long> viaHttp = ids(s.ids(), response.body());
				List<Long> viaRaw = call.raw(raw);
				c.commit();
				if (response.statusCode() != 200 || !viaHttp.equals(viaRaw) || viaRaw.size() < s.minRows()) {
					throw new IllegalStateException(s.name() + ": " + call + " answered " + response.statusCode() + " with "
							+ viaHttp + " but raw gives " + viaRaw);
				}
				bytes += response.body().getBytes(StandardCharsets.UTF_8).length;
				shown += viaHttp.size();
			}
		}
		return String.format(Locale.ROOT, "%-8s HTTP and raw show the same suggestions (%.1f rows a call); ~%d KB of HTML",
				s.name(), shown / 5.0, bytes / 5 / 1024);
	}

	private String explain(String key) throws SQLException {
		int year = Integer.parseInt(key.substring(0, key.indexOf('/')));
		long unit = Long.parseLong(key.substring(key.indexOf('/') + 1));
		StringBuilder b = new StringBuilder();
		try (Connection c = connect(); Statement s = c.createStatement()) {
			for (String sql : ListSql.explainable("CLOSED", unit, year, 10, PAGE_SIZE)) {
				b.append(sql).append('\n');
				try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
					while (rs.next()) {
						b.append("  ").append(rs.getString(1)).append('\n');
					}
				}
				b.append('\n');
			}
		}
		return b.toString();
	}

	private static void jcmd(String pid, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (p.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + ": " + output);
		}
	}

	/** Where the app's CPU went under the search load: by top frame, and by the parts of the stack. */
	private static String profile(Path jfr) throws Exception {
		Map<String, Integer> top = new HashMap<>();
		Map<String, Integer> parts = new TreeMap<>();
		Map<String, String> markers = new java.util.LinkedHashMap<>();
		markers.put("jieba segmentation (com.huaban)", "com.huaban.");
		markers.put("highlighting (UnifiedHighlighter)", "org.apache.lucene.search.uhighlight.");
		markers.put("Lucene search (IndexSearcher.search)", "org.apache.lucene.search.IndexSearcher.search");
		// UserQueries.search runs both passes, so it holds Lucene's search: not the query's construction.
		markers.put("the app's search, both passes (UserQueries.search)", "org.lvzhi.search.UserQueries.search");
		markers.put("phrase rescoring (QueryRescorer)", "org.apache.lucene.search.QueryRescorer.");
		markers.put("building the word query (UserQueries.matching)", "org.lvzhi.search.UserQueries.matching");
		markers.put("building the phrase query (UserQueries.phrases)", "org.lvzhi.search.UserQueries.phrases");
		markers.put("stored fields", "org.apache.lucene.codecs.lucene90.compressing.");
		markers.put("Thymeleaf rendering", "org.thymeleaf.");
		markers.put("Spring Security filters", "org.springframework.security.");
		markers.put("JDBC / PostgreSQL driver", "org.postgresql.");
		markers.put("Tomcat", "org.apache.catalina.");
		markers.put("Spring MVC dispatch", "org.springframework.web.servlet.DispatcherServlet.doDispatch");
		markers.put("the layout's model (LayoutAdvice)", "org.lvzhi.platform.web.");
		markers.put("session (HttpSession / Spring Session)", "org.springframework.session.");
		markers.put("message bundles", "org.springframework.context.support.AbstractMessageSource");
		markers.put("JSON (Jackson)", "tools.jackson.");
		markers.put("compression (java.util.zip)", "java.util.zip.");
		markers.put("logging (Logback)", "ch.qos.logback.");
		int total = 0;
		for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
			if (!"jdk.ExecutionSample".equals(e.getEventType().getName()) || e.getStackTrace() == null) {
				continue;
			}
			total++;
			List<RecordedFrame> frames = e.getStackTrace().getFrames();
			if (!frames.isEmpty()) {
				RecordedFrame f = frames.get(0);
				top.merge(f.getMethod().getType().getName() + "." + f.getMethod().getName(), 1, Integer::sum);
			}
			Set<String> seen = new LinkedHashSet<>();
			for (RecordedFrame f : frames) {
				String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
				markers.forEach((label, prefix) -> {
					if (name.startsWith(prefix)) {
						seen.add(label);
					}
				});
			}
			seen.forEach(label -> parts.merge(label, 1, Integer::sum));
		}
		StringBuilder b = new StringBuilder("App CPU profile (JFR, settings=profile) during the HTTP `search` row at the highest "
				+ "concurrency: " + total + " execution samples (stacks truncated at 64 frames, so shares of outer parts are low).\n\n"
				+ "| part of the stack | share of samples |\n|---|---:|\n");
		int n = Math.max(1, total);
		markers.keySet().forEach(label -> b.append(String.format(Locale.ROOT, "| %s | %.0f %% |%n", label,
				100.0 * parts.getOrDefault(label, 0) / n)));
		b.append("\nTop frames:\n\n| method | share |\n|---|---:|\n");
		top.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
			.forEach(e -> b.append(String.format(Locale.ROOT, "| `%s` | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / n)));
		return b.toString();
	}

	private static String loadAverage() {
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

	private static void note(StringBuilder notes, String format, Object... args) {
		String line = String.format(Locale.ROOT, format, args);
		notes.append(line).append('\n');
		log("%s", line);
	}

	private static void report(Result r) {
		log("%-8s %-4s %2d threads: %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  (%d requests, %d errors)", r.scenario(),
				r.mode(), r.threads(), r.perSecond(), r.p50(), r.p99(), r.requests(), r.errors());
	}

	static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
		System.out.flush();
	}
}
