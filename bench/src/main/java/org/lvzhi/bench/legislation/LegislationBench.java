package org.lvzhi.bench.legislation;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.lvzhi.bench.Http;
import org.lvzhi.bench.KeepAlive;
import org.lvzhi.bench.LoadRunner;
import org.lvzhi.bench.LoadRunner.Result;
import org.lvzhi.bench.LoadRunner.Worker;
import org.lvzhi.bench.Options;
import org.lvzhi.bench.Report;
import org.lvzhi.legislation.text.LawTextParser;
import org.lvzhi.search.BenchLucene;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The law library and public comment: parses the corpus in the harness (the app's own parser
 * classes, compiled from ../src/main/java) and then has the app import the same folder through the
 * administrator's folder import (texts a second, parse + store + index); measures the public
 * full-text search /public/laws/search through HTTP beside the same Lucene query on the app's index
 * folder; and public comments posted to a draft open for comment through HTTP beside plain JDBC
 * inserts of the same rows. The app runs with the per-address comment limit raised
 * (lvzhi.legislation.comments-per-hour), since every request comes from 127.0.0.1.
 */
public final class LegislationBench {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final String ADMIN = "bench-leg-admin";
	private static final String STAFF = "bench-leg-staff";
	private static final String PASSWORD = "bench-legislation-2026";
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
	static final String[] QUERIES = { "环境保护", "行政处罚", "未成年人", "食品安全", "土地征收", "消费者权益", "安全生产",
		"城市绿化", "养老服务", "教育", "知识产权", "水污染防治", "文物保护", "道路交通", "突发事件", "劳动合同",
		"个人信息", "招标投标", "社会保险", "物业管理" };
	static final String DRAFT = """
			太原市基准测试条例（草案）
			第一章　总　　则
			第一条　为了测试公众意见征集，制定本条例。
			第二条　本条例适用于本市行政区域。
			第二章　附　　则
			第三条　本条例自公布之日起施行。
			""";

	private final java.util.concurrent.atomic.AtomicLong commented = new java.util.concurrent.atomic.AtomicLong();
	private final java.util.concurrent.atomic.AtomicLong rawCommented = new java.util.concurrent.atomic.AtomicLong();
	private final Options options;
	private final String jdbcUrl;
	private final String jdbcUser;
	private final Path out;

	public LegislationBench(Options options) {
		this.options = options;
		this.jdbcUrl = options.required("jdbc-url");
		this.jdbcUser = options.string("jdbc-user", "postgres");
		this.out = options.path("out", "bench/results/legislation");
	}

	public void run() throws Exception {
		Files.createDirectories(out);
		String base = options.required("base-url");
		Path corpus = options.path("corpus", "/work/shared/corpus/laws");
		Path index = options.path("index-dir", "data/index").resolve("law");
		int[] concurrencies = options.integers("threads", "4,16");
		Duration warmup = options.seconds("warmup", 5);
		Duration measure = options.seconds("seconds", 10);
		long seed = 2026;
		StringBuilder md = new StringBuilder();

		List<Path> files;
		try (Stream<Path> walk = Files.walk(corpus)) {
			files = walk.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("README.md"))
				.sorted().toList();
		}
		// --texts=N: the first N texts only, copied into a folder of the run, for a quick run.
		int limit = options.integer("texts", 0);
		if (limit > 0 && limit < files.size()) {
			Path subset = Files.createDirectories(out.resolve("corpus"));
			List<Path> copies = new ArrayList<>();
			for (int i = 0; i < limit; i++) {
				Path copy = subset.resolve(String.format("%04d-%s", i, files.get(i).getFileName()));
				Files.copy(files.get(i), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				copies.add(copy);
			}
			files = copies;
			corpus = subset.toAbsolutePath();
		}
		List<String> texts = new ArrayList<>();
		long chars = 0;
		for (Path f : files) {
			String t = Files.readString(f, StandardCharsets.UTF_8);
			texts.add(t);
			chars += t.length();
		}
		LawTextParser parser = new LawTextParser();
		double parseSeconds = 0;
		long articles = 0;
		for (int round = 0; round < 3; round++) {
			long t0 = System.nanoTime();
			articles = 0;
			for (String t : texts) {
				articles += parser.parse(t).articles().size();
			}
			parseSeconds = (System.nanoTime() - t0) / 1e9;
			log("raw parse round %d: %d texts, %d articles in %.2f s", round + 1, texts.size(), articles, parseSeconds);
		}

		try (Connection c = connect()) {
			String hash = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
			account(c, ADMIN, hash, "ADMIN");
			account(c, STAFF, hash, "STAFF");
		}
		Http admin = Http.signIn(base, ADMIN, PASSWORD);
		long t0 = System.nanoTime();
		HttpResponse<String> imported = admin.post("/legislation/library/import", "/legislation/library/import/folder",
				"path=" + Http.enc(corpus.toString()), Duration.ofMinutes(60));
		double importSeconds = (System.nanoTime() - t0) / 1e9;
		long laws;
		long units;
		try (Connection c = connect()) {
			laws = count(c, "SELECT COUNT(*) FROM legislation_law");
			units = count(c, "SELECT COUNT(*) FROM legislation_law_unit WHERE kind = 'ARTICLE'");
		}
		log("folder import answered %d in %.1f s: %d texts, %d articles stored", imported.statusCode(), importSeconds, laws,
				units);
		if (imported.statusCode() != 302 || laws < texts.size() * 9L / 10) {
			throw new IllegalStateException("the folder import answered " + imported.statusCode() + ", " + laws + " texts");
		}
		md.append("Corpus: ").append(texts.size()).append(" texts, ").append(String.format("%,d", chars))
			.append(" characters, ").append(articles).append(" articles.\n\n");
		md.append("| step | seconds | texts/s |\n|---|---:|---:|\n");
		md.append(String.format("| raw parse in the harness (LawTextParser, 3rd round, one thread) | %.2f | %.0f |%n",
				parseSeconds, texts.size() / parseSeconds));
		md.append(String.format("| HTTP folder import (read, parse, store %d texts unit by unit, index %d articles) | %.1f | %.0f |%n%n",
				laws, units, importSeconds, laws / importSeconds));

		BenchLucene lucene = new BenchLucene(index);
		log("law index: %d documents", lucene.numDocs());
		HttpClient anonymous = client();
		for (String q : QUERIES) {
			HttpResponse<String> r = get(anonymous, base + "/public/laws/search?q=" + Http.enc(q));
			long total = lucene.search(q, Map.of(), Set.of("public"), 0, 20).total();
			if (r.statusCode() != 200 || (total > 0 && !r.body().contains("/public/laws/"))) {
				throw new IllegalStateException("search " + q + " answered " + r.statusCode());
			}
		}
		LoadRunner.run("warm-up", "http", 4, options.seconds("global-warmup", 15), Duration.ofMillis(1), seed,
				t -> searchWorker(base));

		long draft = openDraft(base);
		List<Result> results = new ArrayList<>();
		for (int threads : concurrencies) {
			results.add(report(LoadRunner.run("search", "http", threads, warmup, measure, seed, t -> searchWorker(base))));
			results.add(report(LoadRunner.run("search", "raw", threads, warmup, measure, seed,
					t -> r -> lucene.search(QUERIES[r.nextInt(QUERIES.length)], Map.of(), Set.of("public"), 0, 20))));
			results.add(report(LoadRunner.run("comment", "http", threads, warmup, measure, seed,
					t -> commentWorker(base, draft))));
			results.add(report(LoadRunner.run("comment", "raw", threads, warmup, measure, seed, t -> rawComment(draft))));
		}
		lucene.close();
		long comments;
		long rawComments;
		try (Connection c = connect()) {
			comments = count(c, "SELECT COUNT(*) FROM legislation_comment WHERE draft_id = " + draft + " AND ip_key IS DISTINCT FROM 'bench-raw'");
			rawComments = count(c, "SELECT COUNT(*) FROM legislation_comment WHERE draft_id = " + draft + " AND ip_key = 'bench-raw'");
		}
		// Nothing lost or doubled: every redirect the form answered is one stored comment, every raw insert one row.
		if (comments != commented.get() || rawComments != rawCommented.get()) {
			throw new IllegalStateException("lost or doubled comments: " + comments + " stored for " + commented.get()
					+ " accepted, " + rawComments + " raw rows for " + rawCommented.get() + " inserts");
		}
		System.out.println();
		System.out.println(Report.text(results));
		md.append("Warm-up ").append(warmup.toSeconds()).append(" s and ").append(measure.toSeconds())
			.append(" s measured per row and mode, closed loop; latencies in ms.\n\n");
		md.append(Report.markdown(results)).append('\n');
		md.append("- `search`: GET /public/laws/search?q=… (anonymous, first page of 20 articles, one of ")
			.append(QUERIES.length).append(" legal terms) beside the app's Lucene query and snippets on the same `law` index "
					+ "folder (").append(lucene.numDocs()).append(" article documents)\n");
		md.append("- `comment`: one citizen on a kept-alive connection, a new visitor each time: GET /public/drafts/{id}"
				+ " (CSRF and single-use guard tokens), POST /public/drafts/{id}/comments, expect the redirect; raw = the comment"
				+ " row and its audit entry in one JDBC transaction; ").append(comments).append(" comments stored through the"
				+ " form for as many accepted, ").append(rawComments).append(" raw rows\n");
		Files.writeString(out.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
		Files.writeString(out.resolve("results.csv"), Report.csv(results), StandardCharsets.UTF_8);
		long errors = results.stream().mapToLong(Result::errors).sum();
		if (errors > 0) {
			results.stream().filter(r -> r.firstError() != null)
				.forEach(r -> log("%s %s %d threads: first error %s", r.scenario(), r.mode(), r.threads(), r.firstError()));
			throw new IllegalStateException(errors + " requests failed");
		}
	}

	private long openDraft(String base) throws Exception {
		Http staff = Http.signIn(base, STAFF, PASSWORD);
		HttpResponse<String> created = staff.post("/legislation/projects", "/legislation/projects",
				"title=" + Http.enc("太原市基准测试条例"), Duration.ofSeconds(60));
		String location = created.headers().firstValue("Location").orElseThrow();
		long project = Long.parseLong(location.replaceAll(".*/(\\d+)$", "$1"));
		staff.post("/legislation/projects/" + project, "/legislation/projects/" + project + "/drafts",
				"reading=1&text=" + Http.enc(DRAFT), Duration.ofSeconds(60));
		long draft;
		try (Connection c = connect()) {
			draft = count(c, "SELECT id FROM legislation_draft WHERE project_id = " + project);
		}
		LocalDate today = LocalDate.now(ZONE);
		HttpResponse<String> opened = staff.post("/legislation/drafts/" + draft, "/legislation/drafts/" + draft + "/window",
				"opens=" + today + "&closes=" + today.plusDays(30), Duration.ofSeconds(60));
		log("draft %d of project %d opened for comment: %d", draft, project, opened.statusCode());
		return draft;
	}

	private static Worker searchWorker(String base) {
		HttpClient client = client();
		return r -> {
			HttpResponse<String> page = get(client, base + "/public/laws/search?q=" + Http.enc(QUERIES[r.nextInt(QUERIES.length)]));
			if (page.statusCode() != 200 || !page.body().contains("/public/laws/")) {
				throw new IllegalStateException("search answered " + page.statusCode());
			}
		};
	}

	private static final Pattern GUARD = Pattern.compile("name=\"_guard\"[^>]*value=\"([^\"]+)\"");

	/**
	 * One citizen after another on this thread's kept-alive connection, each a new visitor (no
	 * cookies): GET the public draft page (its CSRF token and its single-use guard token), POST the
	 * comment, expect the redirect back to the draft. Both together are one measured request: the
	 * guard token is good for one submission only.
	 */
	private Worker commentWorker(String base, long draft) {
		KeepAlive client = KeepAlive.anonymous(base);
		String path = "/public/drafts/" + draft;
		return new Worker() {
			@Override
			public void call(java.util.SplittableRandom r) throws Exception {
				client.forget();
				KeepAlive.Response page = client.get(path);
				String csrf = page.status() == 200 ? Http.csrf(page.body()) : null;
				Matcher guard = GUARD.matcher(page.body());
				if (csrf == null || !guard.find()) {
					throw new IllegalStateException(path + " answered " + page.status() + " without CSRF or guard token");
				}
				String body = "body=" + Http.enc("建议第二条增加对农村地区的规定，编号" + r.nextInt(1_000_000)) + "&name="
						+ Http.enc("市民") + "&website=&_guard=" + Http.enc(guard.group(1)) + "&_pow=0&_csrf=" + Http.enc(csrf);
				KeepAlive.Response answer = client.post(path + "/comments", body);
				if (answer.status() != 302 || answer.location() == null || !answer.location().contains(path)) {
					throw new IllegalStateException("comment answered " + answer.status() + " " + answer.location());
				}
				commented.incrementAndGet();
			}

			@Override
			public void close() throws Exception {
				client.close();
			}
		};
	}

	/**
	 * What one comment must do in the database at least, in one transaction: the comment row and its
	 * audit entry (the page's reads of the draft are left out, so this floor is, if anything, too low).
	 */
	private Worker rawComment(long draft) throws Exception {
		Connection c = connect();
		c.setAutoCommit(false);
		PreparedStatement audit = c.prepareStatement("""
				INSERT INTO audit_entry (occurred_at, actor, action, subject_type, subject_id, summary, before_state, after_state)
				VALUES (now(), 'anonymous', 'legislation.comment.submitted', 'DraftComment', ?, '太原市基准测试条例', NULL, NULL)""");
		PreparedStatement ps = c.prepareStatement("""
				INSERT INTO legislation_comment (draft_id, article_seq, article_label, body, author_name, contact, source,
				    contact_point_id, activity_id, source_detail, submitted_at, ip_key)
				VALUES (?, NULL, NULL, ?, ?, NULL, 'ONLINE', NULL, NULL, NULL, ?, ?)""", new String[] { "id" });
		return new Worker() {
			@Override
			public void call(java.util.SplittableRandom r) throws Exception {
				ps.setLong(1, draft);
				ps.setString(2, "建议第二条增加对农村地区的规定，编号" + r.nextInt(1_000_000));
				ps.setString(3, "市民");
				ps.setTimestamp(4, Timestamp.from(Instant.now()));
				ps.setString(5, "bench-raw");
				ps.executeUpdate();
				try (ResultSet keys = ps.getGeneratedKeys()) {
					keys.next();
					audit.setString(1, Long.toString(keys.getLong(1)));
				}
				audit.executeUpdate();
				c.commit();
				rawCommented.incrementAndGet();
			}

			@Override
			public void close() throws Exception {
				c.close();
			}
		};
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
			.header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(60)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void account(Connection c, String username, String hash, String role) throws Exception {
		c.setAutoCommit(true);
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts_account (username, password_hash, display_name,"
				+ " role, office_code, enabled, created_at, version) VALUES (?, ?, '基准测试员', ?,"
				+ " 'GENERAL_OFFICE', TRUE, now(), 0)")) {
			ps.setString(1, username);
			ps.setString(2, hash);
			ps.setString(3, role);
			ps.executeUpdate();
		}
	}

	private static long count(Connection c, String sql) throws Exception {
		try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private Connection connect() throws Exception {
		return DriverManager.getConnection(jdbcUrl, jdbcUser, options.string("jdbc-password", ""));
	}

	private static Result report(Result r) {
		log("%s %s %d threads: %.1f req/s, p50 %.2f ms, p99 %.2f ms, %d errors", r.scenario(), r.mode(), r.threads(),
				r.perSecond(), r.p50(), r.p99(), r.errors());
		return r;
	}

	private static void log(String format, Object... args) {
		System.out.printf("[legislation] " + format + "%n", args);
	}
}
