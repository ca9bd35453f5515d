package org.lvzhi.bench.evaluation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lvzhi.bench.KeepAlive;
import org.lvzhi.bench.Options;

/**
 * The satisfaction evaluation under its real peak: every rater submits the whole sheet (40
 * departments overall, 101 key tasks) at about the same time. Raters open the sheet by their code
 * and POST it through the app, as a phone would; beside it, the same rows are inserted straight
 * through JDBC, the floor the app cannot go under. Afterwards every rater's sheet is counted in
 * the database (no lost and no double ballots), and a wave of duplicate submissions, two at once
 * per rater, must all be refused.
 */
public final class EvaluationBench {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
	private static final String[] CHOICES = { "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED" };

	private final String base;
	private final String jdbcUrl;
	private final String jdbcUser;
	private final int raters;
	private final int departments;
	private final int tasks;
	private final int[] concurrencies;
	private final int threads;
	private final int duplicates;
	private final Path out;

	private long evaluation;
	private long[] departmentIds;
	private long[] taskIds;
	private long[] taskDepartment;

	public EvaluationBench(Options o) {
		base = o.required("base-url");
		jdbcUrl = o.required("jdbc-url");
		jdbcUser = o.string("jdbc-user", "postgres");
		raters = o.integer("raters", 1000);
		departments = o.integer("departments", 40);
		tasks = o.integer("tasks", 101);
		concurrencies = o.integers("threads", "4,16");
		threads = java.util.Arrays.stream(concurrencies).max().orElse(4);
		duplicates = o.integer("duplicates", 100);
		out = o.path("out", "bench/results/evaluation");
	}

	private record Timing(long requests, long errors, double seconds, long[] sortedNanos, String firstError) {

		double perSecond() {
			return requests / seconds;
		}

		/** As the other benchmarks' rows, for results.csv. */
		org.lvzhi.bench.LoadRunner.Result result(String mode, int threads) {
			double mean = sortedNanos.length == 0 ? 0 : java.util.Arrays.stream(sortedNanos).average().orElse(0) / 1e6;
			return new org.lvzhi.bench.LoadRunner.Result("sheet", mode, threads, requests, errors, firstError, seconds,
					perSecond(), percentileMs(50), percentileMs(90), percentileMs(99),
					sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6, mean);
		}

		double percentileMs(double p) {
			if (sortedNanos.length == 0) {
				return 0;
			}
			int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
			return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
		}
	}

	public void run() throws Exception {
		Files.createDirectories(out);
		setUp();
		System.out.printf("evaluation %d: %d departments, %d key tasks, %d raters per mode and concurrency, threads %s%n",
				evaluation, departments, tasks, raters, java.util.Arrays.toString(concurrencies));
		List<String> httpCodes = new ArrayList<>();
		List<String> rawCodes = new ArrayList<>();
		List<org.lvzhi.bench.LoadRunner.Result> results = new ArrayList<>();
		StringBuilder rows = new StringBuilder();
		for (int t : concurrencies) {
			List<String> h = codes("H" + t + "-", raters);
			List<String> r = codes("R" + t + "-", raters);
			httpCodes.addAll(h);
			rawCodes.addAll(r);
			Timing http = http(h, t);
			System.out.printf("HTTP %2d threads  %.1f sheets/s, p50 %.1f ms, p99 %.1f ms, errors %d %s%n", t, http.perSecond(),
					http.percentileMs(50), http.percentileMs(99), http.errors(), http.firstError() == null ? "" : http.firstError());
			Timing raw = raw(r, t);
			System.out.printf("raw  %2d threads  %.1f sheets/s, p50 %.1f ms, p99 %.1f ms, errors %d%n", t, raw.perSecond(),
					raw.percentileMs(50), raw.percentileMs(99), raw.errors());
			results.add(http.result("http", t));
			results.add(raw.result("raw", t));
			int items = departments + tasks;
			rows.append("| %d | %d | %.1f | %.1f | %.2f | %.1f | %.1f | %.1f | %.1f | %d / %d |%n".formatted(t, http.requests(),
					http.perSecond(), raw.perSecond(), http.perSecond() / raw.perSecond(), http.percentileMs(50),
					raw.percentileMs(50), http.percentileMs(99), raw.percentileMs(99), http.errors(), raw.errors()));
			if (items == 0) {
				throw new IllegalStateException("no items");
			}
		}
		long accepted = duplicates(httpCodes.subList(0, Math.min(duplicates, raters)));
		long[] counts = verify();
		int items = departments + tasks;
		long sheets = httpCodes.size() + rawCodes.size();
		String verdict = counts[0] == sheets && counts[1] == sheets * items && counts[2] == 0 && accepted == 0 ? "verified"
				: "FAILED";
		String md = """
				| client threads | sheets | HTTP sheets/s | raw sheets/s | HTTP/raw | HTTP p50 ms | raw p50 ms | HTTP p99 ms | raw p99 ms | errors (HTTP / raw) |
				|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
				%s
				HTTP: one rater on a kept-alive connection, a new visitor each (no cookies): GET the sheet by the rater's code
				(the CSRF token), POST all %d scores, expect the redirect. raw: in one JDBC transaction the rater's row by code,
				the submission row and the %d score rows (one batch).

				Check (%s): %d submissions and %d score rows in the database for %d sheets × %d items; %d raters with a
				score count other than %d; %d of %d duplicate submissions (two at once per rater, after the first) accepted.
				""".formatted(rows, items, items, verdict, counts[0], counts[1], sheets, items, counts[2], items, accepted,
				2 * Math.min(duplicates, raters));
		Files.writeString(out.resolve("results.md"), md);
		Files.writeString(out.resolve("results.csv"), org.lvzhi.bench.Report.csv(results));
		System.out.println(md);
		if (!verdict.equals("verified")) {
			throw new IllegalStateException("lost or double ballots");
		}
	}

	private static List<String> codes(String prefix, int n) {
		List<String> codes = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			codes.add("BENCH" + prefix + String.format("%06d", i));
		}
		return codes;
	}

	/** The campaign is written straight into the app's tables: the setup is not what is measured. */
	private void setUp() throws Exception {
		try (Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, "")) {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.executeUpdate("INSERT INTO oversight_evaluation (title, eval_year, state, opened_on) VALUES ('bench', 2023, 'OPEN', DATE '2023-11-20')",
						Statement.RETURN_GENERATED_KEYS);
				try (ResultSet k = s.getGeneratedKeys()) {
					k.next();
					evaluation = k.getLong(1);
				}
				s.executeUpdate("INSERT INTO oversight_evaluation_group VALUES (" + evaluation + ", 'MEMBERS', 30), (" + evaluation
						+ ", 'DEPUTIES', 25), (" + evaluation + ", 'BUSINESS', 15)");
			}
			departmentIds = new long[departments];
			try (PreparedStatement p = c.prepareStatement("INSERT INTO oversight_evaluation_department (evaluation_id, organization_id) VALUES (?, ?)",
					Statement.RETURN_GENERATED_KEYS)) {
				for (int d = 0; d < departments; d++) {
					p.setLong(1, evaluation);
					p.setLong(2, 900_000 + d);
					p.executeUpdate();
					try (ResultSet k = p.getGeneratedKeys()) {
						k.next();
						departmentIds[d] = k.getLong(1);
					}
				}
			}
			taskIds = new long[tasks];
			taskDepartment = new long[tasks];
			try (PreparedStatement p = c.prepareStatement("INSERT INTO oversight_evaluation_task (evaluation_id, department_id, title) VALUES (?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS)) {
				for (int t = 0; t < tasks; t++) {
					taskDepartment[t] = departmentIds[t % departments];
					p.setLong(1, evaluation);
					p.setLong(2, taskDepartment[t]);
					p.setString(3, "重点工作" + (t + 1));
					p.executeUpdate();
					try (ResultSet k = p.getGeneratedKeys()) {
						k.next();
						taskIds[t] = k.getLong(1);
					}
				}
			}
			try (PreparedStatement p = c.prepareStatement("INSERT INTO oversight_evaluation_rater (evaluation_id, group_code, access_code) VALUES (?, ?, ?)")) {
				for (String prefix : java.util.Arrays.stream(concurrencies).boxed()
					.flatMap(t -> java.util.stream.Stream.of("H" + t + "-", "R" + t + "-")).toList()) {
					List<String> codes = codes(prefix, raters);
					for (int i = 0; i < codes.size(); i++) {
						p.setLong(1, evaluation);
						p.setString(2, i % 3 == 0 ? "MEMBERS" : i % 3 == 1 ? "DEPUTIES" : "BUSINESS");
						p.setString(3, codes.get(i));
						p.addBatch();
					}
				}
				p.executeBatch();
			}
			c.commit();
		}
	}

	private String form(int seed) {
		StringBuilder f = new StringBuilder(4096);
		for (int d = 0; d < departments; d++) {
			f.append('d').append(departmentIds[d]).append('=').append(CHOICES[(seed + d) % 3]).append('&');
		}
		for (int t = 0; t < tasks; t++) {
			f.append('t').append(taskIds[t]).append('=').append(CHOICES[(seed * 7 + t) % 3]).append('&');
		}
		return f.toString();
	}

	/** Opens the sheet, as the phone does, and returns the CSRF token of the new session. */
	private String open(KeepAlive client, String code) throws Exception {
		KeepAlive.Response page = client.get("/public/evaluation/" + code);
		if (page.status() != 200) {
			throw new IllegalStateException("GET sheet answered " + page.status());
		}
		Matcher m = CSRF_INPUT.matcher(page.body());
		if (!m.find()) {
			m = CSRF_META.matcher(page.body());
			if (!m.find()) {
				throw new IllegalStateException("no CSRF token on the sheet");
			}
		}
		return m.group(1);
	}

	private KeepAlive.Response submit(KeepAlive client, String code, String token, int seed) throws Exception {
		return client.post("/public/evaluation/" + code,
				form(seed) + "_csrf=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8));
	}

	private Timing http(List<String> codes, int threads) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicLong errors = new AtomicLong();
		ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> firstError = new ConcurrentLinkedQueue<>();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> jobs = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			jobs.add(pool.submit(() -> {
				try (KeepAlive client = KeepAlive.anonymous(base)) {
					for (int i = next.getAndIncrement(); i < codes.size(); i = next.getAndIncrement()) {
						long t0 = System.nanoTime();
						try {
							client.forget();
							String token = open(client, codes.get(i));
							KeepAlive.Response r = submit(client, codes.get(i), token, i);
							if (r.status() != 302) {
								errors.incrementAndGet();
								firstError.add("POST answered " + r.status());
							}
							else {
								nanos.add(System.nanoTime() - t0);
							}
						}
						catch (Exception e) {
							errors.incrementAndGet();
							firstError.add(String.valueOf(e));
						}
					}
				}
				return null;
			}));
		}
		for (Future<?> f : jobs) {
			f.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - started) / 1e9;
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return new Timing(codes.size() - errors.get(), errors.get(), seconds, sorted, firstError.peek());
	}

	private Timing raw(List<String> codes, int threads) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicLong errors = new AtomicLong();
		ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> jobs = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			jobs.add(pool.submit(() -> {
				try (Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, "")) {
					c.setAutoCommit(false);
					PreparedStatement rater = c.prepareStatement("SELECT id FROM oversight_evaluation_rater WHERE access_code = ?");
					PreparedStatement sub = c.prepareStatement("INSERT INTO oversight_evaluation_submission (rater_id, evaluation_id, submitted_at) VALUES (?, ?, ?)");
					PreparedStatement score = c.prepareStatement("INSERT INTO oversight_evaluation_score (rater_id, department_id, task_id, score) VALUES (?, ?, ?, ?)");
					for (int i = next.getAndIncrement(); i < codes.size(); i = next.getAndIncrement()) {
						long t0 = System.nanoTime();
						try {
							rater.setString(1, codes.get(i));
							long id;
							try (ResultSet rs = rater.executeQuery()) {
								rs.next();
								id = rs.getLong(1);
							}
							sub.setLong(1, id);
							sub.setLong(2, evaluation);
							sub.setObject(3, OffsetDateTime.now());
							sub.executeUpdate();
							for (int d = 0; d < departments; d++) {
								add(score, id, departmentIds[d], 0, (i + d) % 3);
							}
							for (int k = 0; k < tasks; k++) {
								add(score, id, taskDepartment[k], taskIds[k], (i * 7 + k) % 3);
							}
							score.executeBatch();
							c.commit();
						}
						catch (Exception e) {
							c.rollback();
							errors.incrementAndGet();
						}
						nanos.add(System.nanoTime() - t0);
					}
				}
				return null;
			}));
		}
		for (Future<?> f : jobs) {
			f.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - started) / 1e9;
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return new Timing(codes.size() - errors.get(), errors.get(), seconds, sorted, null);
	}

	private static void add(PreparedStatement score, long rater, long dept, long task, int choice) throws Exception {
		score.setLong(1, rater);
		score.setLong(2, dept);
		score.setLong(3, task);
		score.setInt(4, choice == 0 ? 100 : choice == 1 ? 60 : 0);
		score.addBatch();
	}

	/** Raters who already submitted send the sheet again, twice at the same moment: none may pass. */
	private long duplicates(List<String> codes) throws Exception {
		AtomicLong accepted = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Math.min(threads, 2 * codes.size())));
		List<Future<?>> jobs = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			CountDownLatch both = new CountDownLatch(2);
			for (int k = 0; k < 2; k++) {
				int seed = i + k;
				jobs.add(pool.submit(() -> {
					try (KeepAlive client = KeepAlive.anonymous(base)) {
						String token = open(client, code);
						both.countDown();
						both.await();
						if (submit(client, code, token, seed).status() == 302) {
							accepted.incrementAndGet();
						}
					}
					return null;
				}));
			}
		}
		for (Future<?> f : jobs) {
			f.get();
		}
		pool.shutdown();
		return accepted.get();
	}

	/** @return submissions, score rows, raters whose score count is not exactly one sheet */
	private long[] verify() throws Exception {
		try (Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, "");
				Statement s = c.createStatement()) {
			long[] result = new long[3];
			try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM oversight_evaluation_submission WHERE evaluation_id = " + evaluation)) {
				rs.next();
				result[0] = rs.getLong(1);
			}
			try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM oversight_evaluation_score s JOIN oversight_evaluation_rater r ON r.id = s.rater_id WHERE r.evaluation_id = " + evaluation)) {
				rs.next();
				result[1] = rs.getLong(1);
			}
			try (ResultSet rs = s.executeQuery("""
					SELECT COUNT(*) FROM (SELECT r.id, COUNT(s.rater_id) AS n FROM oversight_evaluation_rater r
					LEFT JOIN oversight_evaluation_score s ON s.rater_id = r.id WHERE r.evaluation_id = %d
					GROUP BY r.id) x WHERE x.n <> %d""".formatted(evaluation, departments + tasks))) {
				rs.next();
				result[2] = rs.getLong(1);
			}
			return result;
		}
	}
}
