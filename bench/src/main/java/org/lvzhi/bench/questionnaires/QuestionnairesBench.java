package org.lvzhi.bench.questionnaires;

import java.io.StringReader;
import java.math.BigDecimal;
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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lvzhi.bench.Http;
import org.lvzhi.bench.KeepAlive;
import org.lvzhi.bench.LoadRunner;
import org.lvzhi.bench.LoadRunner.Result;
import org.lvzhi.bench.LoadRunner.Worker;
import org.lvzhi.bench.Options;
import org.lvzhi.bench.Report;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Questionnaires at scale: two questionnaires of the same twenty questions of every kind (the shape of
 * the demo world's business-environment questionnaire), one holding {@code --responses} (100,000)
 * responses loaded by {@code COPY}, its results published; then measures
 *
 * <ul>
 * <li>{@code answer}: the public answer form through HTTP (a new respondent: GET the form, which sets
 * the device cookie, read its CSRF token and guard token, POST the answers, expect the redirect to
 * /public/questionnaires/done) beside the same rows (the response and its answers) inserted by JDBC in
 * one transaction, at each concurrency, into the second questionnaire (so that the first keeps its
 * count);</li>
 * <li>{@code results}, {@code results-filter}, {@code results-public}: the office's results page of the
 * first questionnaire, all responses and only one district's, and the public results page, one
 * request at a time, beside the same SQL statements ({@code Results.summary} and the page's reads)
 * by JDBC in one read-only transaction.</li>
 * </ul>
 *
 * The app runs with the hourly allowance of the form raised and the proof of work at difficulty 0
 * ({@code questionnaires.sh}): every client comes from 127.0.0.1, and the browser's work is not the
 * server's.
 */
public final class QuestionnairesBench {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final String USERNAME = "bench-questionnaires";
	private static final String PASSWORD = "bench-questionnaires-2026";
	private static final Pattern GUARD = Pattern.compile("name=\"_guard\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern RESPONSES = Pattern.compile("id=\"responses\"[^>]*>([^<]+)<");

	// ----- the questions: the demo's business-environment questionnaire, in its shape -----

	private static final List<String> DISTRICTS = List.of("小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区",
			"古交市", "清徐县", "阳曲县", "娄烦县", "山西转型综改示范区");
	private static final int[] DISTRICT_WEIGHTS = { 24, 15, 12, 8, 13, 6, 3, 5, 3, 1, 10 };
	private static final List<String> SIZES = List.of("大型企业", "中型企业", "小型企业", "微型企业", "个体工商户");
	private static final int[] SIZE_WEIGHTS = { 4, 12, 33, 29, 22 };
	private static final List<String> SECTORS = List.of("制造业", "批发和零售业", "住宿和餐饮业", "建筑业", "信息技术服务业",
			"交通运输和物流业", "其他服务业");
	private static final List<String> MATTERS = List.of("企业开办", "工程建设项目审批", "不动产登记", "纳税服务", "水电气暖报装",
			"融资服务");
	private static final List<String> CHANNELS = List.of("政务服务大厅", "“三晋通”APP", "网上办事大厅", "12345热线", "委托中介机构");
	private static final List<String> HARDNESS = List.of("没有", "偶尔", "经常");
	private static final List<String> TROUBLES = List.of("需要提交的材料多", "需要跑多次", "标准不统一", "办理时限长",
			"部门之间推诿", "其他");
	private static final List<String> INSPECTIONS = List.of("没有", "1至2次", "3次以上");
	private static final List<String> DISPUTES = List.of("顺畅", "一般", "不顺畅", "未遇到");
	private static final List<String> IMPROVE = List.of("融资", "用工", "用地", "物流成本", "政策稳定", "公平竞争");
	private static final List<String> OUTLOOK = List.of("扩大经营", "维持现状", "收缩经营", "不确定");
	private static final List<String> CALLBACK = List.of("愿意", "不愿意");
	private static final String[] STORIES = { "办理施工许可时各部门要求的材料不一致，来回补正了三次",
			"不动产登记需要先后跑两个窗口，希望能够一窗受理", "同一事项在区里和市里的办理标准不一样",
			"水电气报装时间较长，影响了项目投产进度", "企业变更登记网上办理系统经常卡顿，最后还是去了大厅",
			"税务和社保的数据不共享，需要重复填报", "年内接受了多次内容相近的检查，影响正常经营" };
	private static final String[] POLICIES = { "降低融资成本", "减少重复检查", "稳定用工补贴", "延长税费缓缴", "简化审批流程",
			"加大政府采购对中小企业的支持", "降低物流成本", "公平竞争审查" };
	private static final String[] OPINIONS = { "建议进一步压减审批材料和办理时限，推行一窗受理、一次办结。",
			"希望执法部门统筹检查计划，避免多头检查、重复检查。", "建议加强政策宣传解读，让企业知道有哪些惠企政策、怎么申请。",
			"希望拖欠中小企业账款的问题得到有效解决。", "建议完善政企沟通机制，企业反映的问题要有回音、有结果。",
			"融资难融资贵问题仍然突出，建议扩大政府性融资担保覆盖面。", "希望政务服务网上办理更加稳定便捷，减少线下跑腿。",
			"建议保持政策的连续性和稳定性，给企业稳定预期。" };

	/** A question as the bench stores it; {@code condition} is the index of the question it depends on, or -1. */
	record Spec(String section, String kind, String text, boolean required, List<String> options, Integer low, Integer high,
			int condition, List<String> conditionChoices) {
	}

	static final List<Spec> SPECS = List.of(
			new Spec("一、企业基本情况", "SINGLE", "企业所在县（市、区）", true, DISTRICTS, null, null, -1, List.of()),
			new Spec(null, "SINGLE", "企业规模", true, SIZES, null, null, -1, List.of()),
			new Spec(null, "SINGLE", "所属行业", true, SECTORS, null, null, -1, List.of()),
			new Spec(null, "NUMBER", "员工人数", false, List.of(), 0, 100000, -1, List.of()),
			new Spec(null, "NUMBER", "在太原经营年限（年）", false, List.of(), 0, 100, -1, List.of()),
			new Spec("二、政务服务", "SCALE", "对全市政务服务的总体满意度（1分最低，5分最高）", true, List.of(), null, null, -1, List.of()),
			new Spec(null, "MATRIX", "对以下事项办理情况的满意度", true, MATTERS, null, null, -1, List.of()),
			new Spec(null, "MULTIPLE", "办理业务时主要使用的渠道", true, CHANNELS, null, null, -1, List.of()),
			new Spec(null, "SINGLE", "过去一年是否遇到过“办事难”", true, HARDNESS, null, null, -1, List.of()),
			new Spec(null, "MULTIPLE", "遇到的主要问题", true, TROUBLES, null, null, 8, List.of("偶尔", "经常")),
			new Spec(null, "LONG_TEXT", "请具体描述遇到的问题", false, List.of(), null, null, 8, List.of("偶尔", "经常")),
			new Spec("三、法治环境", "SCALE", "对行政执法规范性的评价（1分最低，5分最高）", true, List.of(), null, null, -1, List.of()),
			new Spec(null, "SINGLE", "过去一年接受同一事项重复检查的次数", true, INSPECTIONS, null, null, -1, List.of()),
			new Spec(null, "SINGLE", "合同纠纷的解决是否顺畅", false, DISPUTES, null, null, -1, List.of()),
			new Spec(null, "SCALE", "对知识产权保护的评价（1分最低，10分最高）", false, List.of(), 1, 10, -1, List.of()),
			new Spec("四、市场环境和意见建议", "MULTIPLE", "最希望重点改进的方面（可多选）", true, IMPROVE, null, null, -1, List.of()),
			new Spec(null, "SINGLE", "对今后一年经营的预期", true, OUTLOOK, null, null, -1, List.of()),
			new Spec(null, "SHORT_TEXT", "最希望出台的一项政策", false, List.of(), null, null, -1, List.of()),
			new Spec(null, "LONG_TEXT", "对优化营商环境的意见建议", false, List.of(), null, null, -1, List.of()),
			new Spec(null, "SINGLE", "是否愿意接受回访", false, CALLBACK, null, null, -1, List.of()));

	/** One stored answer row: the question's index in {@link #SPECS}, the matrix item's index (or -1). */
	record Row(int question, int item, String choice, Integer number, String text) {
	}

	private final Options options;
	private final String jdbcUrl;
	private final String jdbcUser;
	private final String jdbcPassword;
	private final Path out;
	private final LocalDateTime now = LocalDateTime.now(ZONE);
	private final AtomicLong inserted = new AtomicLong();
	private final AtomicLong accepted = new AtomicLong();
	private long seed;
	/** The questionnaire with the loaded responses, and the one answered during the run; their question ids by index. */
	private long loadedId;
	private long answeredId;
	private long[] loadedQuestions;
	private long[] answeredQuestions;

	public QuestionnairesBench(Options options) {
		this.options = options;
		this.jdbcUrl = options.required("jdbc-url");
		this.jdbcUser = options.string("jdbc-user", "postgres");
		this.jdbcPassword = options.string("jdbc-password", "");
		this.out = options.path("out", "bench/results/questionnaires");
	}

	public void run() throws Exception {
		Files.createDirectories(out);
		int responses = options.integer("responses", 100_000);
		seed = options.integer("seed", 2026);
		int[] concurrencies = options.integers("threads", "4,16");
		Duration warmup = options.seconds("warmup", 5);
		Duration measure = options.seconds("seconds", 10);
		int queries = options.integer("queries", 100);
		double budget = options.seconds("results-budget", 180).toMillis() / 1000.0;
		String base = options.required("base-url");

		String loaded;
		try (Connection c = connect()) {
			long t0 = System.nanoTime();
			long answers = load(c, responses);
			double loadSeconds = (System.nanoTime() - t0) / 1e9;
			long t1 = System.nanoTime();
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				s.execute("VACUUM ANALYZE participation_response");
				s.execute("VACUUM ANALYZE participation_answer");
			}
			loaded = String.format(Locale.ROOT, "%,d responses with %,d answer rows (%.1f per response) to one questionnaire of"
					+ " %d questions (8 single choice, 3 multiple choice, 3 scales, a matrix of 6 items, 2 numbers, 3 texts;"
					+ " 2 questions shown only on a condition), loaded by COPY in %.0f s, then VACUUM ANALYZE in %.0f s; answer table"
					+ " %s", responses, answers, answers / (double) responses, SPECS.size(), loadSeconds, (System.nanoTime() - t1) / 1e9,
					one(c, "SELECT pg_size_pretty(pg_total_relation_size('participation_answer'))"));
			log("loaded %s", loaded);
		}

		Http staff = Http.signIn(base, USERNAME, PASSWORD);
		String district = DISTRICTS.get(0);
		String check = check(staff, base, district);
		log("%s", check);
		Duration globalWarmup = options.seconds("global-warmup", 10);
		log("warming up the form for %d s", globalWarmup.toSeconds());
		LoadRunner.run("warm-up", "http", 4, globalWarmup, Duration.ofMillis(1), seed, t -> answer(base));

		List<Result> results = new ArrayList<>();
		long before = answeredCount();
		long acceptedBefore = accepted.get();
		long insertedBefore = inserted.get();
		for (int threads : concurrencies) {
			results.add(report(LoadRunner.run("answer", "http", threads, warmup, measure, seed, t -> answer(base))));
			results.add(report(LoadRunner.run("answer", "raw", threads, warmup, measure, seed, t -> rawAnswer())));
		}
		// Nothing lost or doubled: one stored response per accepted form and per raw insert.
		long stored = answeredCount() - before;
		long sent = accepted.get() - acceptedBefore + inserted.get() - insertedBefore;
		log("answers: %d responses stored for %d accepted forms and raw inserts", stored, sent);
		if (stored != sent) {
			throw new IllegalStateException("lost or doubled answers: " + stored + " stored for " + sent + " sent");
		}

		// The results pages, one at a time: what the office (or the public) waits for.
		log("the results pages at %,d responses: %d requests each, HTTP then raw, at most %.0f s each", responses, queries, budget);
		String filter = "?fq=" + loadedQuestions[0] + "&fv=" + Http.enc(district);
		for (int i = 0; i < 3; i++) {
			// warm the page's own code paths before timing
			ok(staff.get("/participation/questionnaires/" + loadedId + "/results"), 200);
		}
		results.add(sequential("results", "http", queries, budget,
				() -> expect(staff.get("/participation/questionnaires/" + loadedId + "/results"), responses)));
		try (Connection c = readOnly()) {
			results.add(sequential("results", "raw", queries, budget, () -> page(c, null, true)));
		}
		results.add(sequential("results-filter", "http", queries, budget,
				() -> expect(staff.get("/participation/questionnaires/" + loadedId + "/results" + filter), -1)));
		try (Connection c = readOnly()) {
			results.add(sequential("results-filter", "raw", queries, budget, () -> page(c, district, true)));
		}
		Http anybody = Http.anonymous(base);
		results.add(sequential("results-public", "http", queries, budget,
				() -> expect(anybody.get("/public/questionnaires/" + loadedId + "/results"), responses)));
		try (Connection c = readOnly()) {
			results.add(sequential("results-public", "raw", queries, budget, () -> page(c, null, false)));
		}

		Files.writeString(out.resolve("explain.txt"), explain(district), StandardCharsets.UTF_8);
		String table = Report.text(results);
		System.out.println();
		System.out.println(table);
		StringBuilder md = new StringBuilder();
		md.append("Data: ").append(loaded).append(". Answer form: warm-up ").append(warmup.toSeconds()).append(" s and ")
			.append(measure.toSeconds()).append(" s measured per row and mode, closed loop. Results pages: one client thread, up to ")
			.append(queries).append(" requests each (at most ").append(Math.round(budget)).append(" s). Latencies in ms.\n\n");
		md.append(Report.markdown(results)).append('\n');
		md.append("- `answer`: HTTP = one respondent: GET /public/questionnaires/{id} (new session, device cookie, CSRF token,"
				+ " guard token), POST the twenty questions' answers drawn like the data, expect the redirect to"
				+ " /public/questionnaires/done; raw = the response row and its answer rows (one batch) inserted in one JDBC"
				+ " transaction\n");
		md.append("- `results`: HTTP = GET /participation/questionnaires/{id}/results as the general office; raw = the page's"
				+ " statements (the questionnaire, its questions twice, the response count, every question's answers counted"
				+ " by question, item, option and number in one GROUP BY, the responses of the multiple-choice and matrix"
				+ " questions by COUNT(DISTINCT)) by JDBC in one read-only transaction\n");
		md.append("- `results-filter`: the same with ?fq=<district question>&fv=").append(district)
			.append(" (only that district's responses)\n");
		md.append("- `results-public`: GET /public/questionnaires/{id}/results without an account; raw = the same statements"
				+ " less the controller's second reading of the questions\n\nCheck: ").append(check).append('\n');
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

	private long load(Connection c, int responses) throws Exception {
		c.setAutoCommit(false);
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts_account (username, password_hash, display_name,"
				+ " role, office_code, enabled, created_at, version) VALUES (?, ?, '基准办公厅', 'STAFF', 'GENERAL_OFFICE', TRUE, now(), 0)")) {
			ps.setString(1, USERNAME);
			ps.setString(2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD));
			ps.executeUpdate();
		}
		loadedId = questionnaire(c, "2026年太原市营商环境问卷调查（基准，100,000份）", true);
		loadedQuestions = questions(c, loadedId);
		answeredId = questionnaire(c, "2026年太原市营商环境问卷调查（基准，在线答卷）", false);
		answeredQuestions = questions(c, answeredId);
		c.commit();
		CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
		long seconds = Duration.ofDays(30).toSeconds();
		int chunk = 20_000;
		long rowsTotal = 0;
		long t0 = System.nanoTime();
		for (int start = 1; start <= responses; start += chunk) {
			int end = Math.min(responses, start + chunk - 1);
			StringBuilder rs = new StringBuilder(chunk * 120);
			StringBuilder as = new StringBuilder(chunk * 30 * 40);
			for (int id = start; id <= end; id++) {
				SplittableRandom r = new SplittableRandom(seed * 7_919L + id);
				// ids in submitted order over the last 30 days
				LocalDateTime at = now.minusSeconds(seconds - (long) (id - 1) * seconds / responses);
				rs.append(id).append('\t').append(loadedId).append('\t').append(String.format(Locale.ROOT, "0%09d", id))
					.append('\t').append(String.format(Locale.ROOT, "bench%059d", id)).append('\t')
					.append(r.nextInt(50) == 0 ? "en" : "zh").append('\t').append(at).append('\n');
				for (Row a : answers(r)) {
					as.append(id).append('\t').append(loadedQuestions[a.question()]).append('\t')
						.append(a.item() < 0 ? "\\N" : SPECS.get(a.question()).options().get(a.item())).append('\t')
						.append(a.choice() == null ? "\\N" : a.choice()).append('\t')
						.append(a.number() == null ? "\\N" : a.number().toString()).append('\t')
						.append(a.text() == null ? "\\N" : a.text()).append('\n');
					rowsTotal++;
				}
			}
			copy.copyIn("COPY participation_response (id, questionnaire_id, receipt_code, respondent_key, language, submitted_at)"
					+ " FROM STDIN", new StringReader(rs.toString()));
			copy.copyIn("COPY participation_answer (response_id, question_id, item, choice, number, text) FROM STDIN",
					new StringReader(as.toString()));
			c.commit();
			if (end % 20_000 == 0 || end == responses) {
				log("responses 1–%,d in %.0f s", end, (System.nanoTime() - t0) / 1e9);
			}
		}
		try (Statement s = c.createStatement()) {
			s.execute("SELECT setval(pg_get_serial_sequence('participation_response', 'id'), (SELECT max(id) FROM participation_response))");
		}
		c.commit();
		return rowsTotal;
	}

	/** A published questionnaire open from 40 days ago for a year, with the twenty questions; returns its id. */
	private long questionnaire(Connection c, String title, boolean resultsPublic) throws SQLException {
		long id;
		try (PreparedStatement ps = c.prepareStatement("""
				INSERT INTO participation_questionnaire (title, introduction, privacy_notice, audience, state, opens_at, closes_at,
				  results_public, created_on, version)
				VALUES (?, ?, ?, 'LINK', 'PUBLISHED', ?, ?, ?, ?, 1)""", new String[] { "id" })) {
			ps.setString(1, title);
			ps.setString(2, "为了解全市营商环境状况，市人大常委会开展本次问卷调查。问卷不记名，约需5分钟。");
			ps.setString(3, "问卷不收集姓名、电话等个人信息，答卷仅用于统计分析。");
			ps.setTimestamp(4, Timestamp.valueOf(now.minusDays(40)));
			ps.setTimestamp(5, Timestamp.valueOf(now.plusYears(1)));
			ps.setBoolean(6, resultsPublic);
			ps.setObject(7, now.minusDays(41).toLocalDate());
			ps.executeUpdate();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				keys.next();
				id = keys.getLong(1);
			}
		}
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("""
				INSERT INTO participation_question (questionnaire_id, position, section, kind, text, required, options, low, high,
				  condition_question, condition_choices)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" })) {
			for (int i = 0; i < SPECS.size(); i++) {
				Spec s = SPECS.get(i);
				ps.setLong(1, id);
				ps.setInt(2, i + 1);
				ps.setString(3, s.section());
				ps.setString(4, s.kind());
				ps.setString(5, s.text());
				ps.setBoolean(6, s.required());
				ps.setString(7, s.options().isEmpty() ? null : String.join("\n", s.options()));
				ps.setObject(8, s.low());
				ps.setObject(9, s.high());
				ps.setObject(10, s.condition() < 0 ? null : ids.get(s.condition()));
				ps.setString(11, s.conditionChoices().isEmpty() ? null : String.join("\n", s.conditionChoices()));
				ps.executeUpdate();
				try (ResultSet keys = ps.getGeneratedKeys()) {
					keys.next();
					ids.add(keys.getLong(1));
				}
			}
		}
		return id;
	}

	private static long[] questions(Connection c, long questionnaire) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT id FROM participation_question WHERE questionnaire_id = ? ORDER BY position")) {
			ps.setLong(1, questionnaire);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
		}
		return ids.stream().mapToLong(Long::longValue).toArray();
	}

	/** One respondent's answers, drawn like the demo's: mostly small firms, satisfaction leaning to 4. */
	static List<Row> answers(SplittableRandom r) {
		List<Row> a = new ArrayList<>(32);
		int size = weighted(r, SIZE_WEIGHTS);
		a.add(new Row(0, -1, DISTRICTS.get(weighted(r, DISTRICT_WEIGHTS)), null, null));
		a.add(new Row(1, -1, SIZES.get(size), null, null));
		a.add(new Row(2, -1, SECTORS.get(r.nextInt(SECTORS.size())), null, null));
		if (r.nextInt(10) < 8) {
			int[] typical = { 800, 150, 35, 8, 2 };
			a.add(new Row(3, -1, null, Math.max(1, (int) (typical[size] * (0.4 + r.nextDouble() * 1.4))), null));
		}
		if (r.nextInt(10) < 7) {
			a.add(new Row(4, -1, null, 1 + r.nextInt(size < 2 ? 30 : 12), null));
		}
		int mood = r.nextInt(100);
		int overall = mood < 4 ? 1 : mood < 10 ? 2 : mood < 27 ? 3 : mood < 68 ? 4 : 5;
		a.add(new Row(5, -1, null, overall, null));
		for (int m = 0; m < MATTERS.size(); m++) {
			int p = overall + r.nextInt(3) - 1 - (m == 1 || m == 5 ? r.nextInt(2) : 0);
			a.add(new Row(6, m, null, Math.max(1, Math.min(5, p)), null));
		}
		List<String> used = new ArrayList<>();
		int[] likely = { 5, 6, 4, 2, 1 };
		for (int i = 0; i < CHANNELS.size(); i++) {
			if (r.nextInt(10) < likely[i]) {
				used.add(CHANNELS.get(i));
			}
		}
		if (used.isEmpty()) {
			used.add(CHANNELS.get(2));
		}
		used.forEach(u -> a.add(new Row(7, -1, u, null, null)));
		String hard = overall <= 2 ? HARDNESS.get(1 + r.nextInt(2)) : overall == 3 ? HARDNESS.get(r.nextInt(3) == 0 ? 0 : 1)
				: HARDNESS.get(r.nextInt(4) == 0 ? 1 : 0);
		a.add(new Row(8, -1, hard, null, null));
		if (!hard.equals("没有")) {
			List<String> met = new ArrayList<>();
			for (String t : TROUBLES) {
				if (r.nextInt(10) < (t.equals("其他") ? 1 : 4)) {
					met.add(t);
				}
			}
			if (met.isEmpty()) {
				met.add(TROUBLES.get(r.nextInt(4)));
			}
			met.forEach(t -> a.add(new Row(9, -1, t, null, null)));
			if (r.nextInt(10) < 4) {
				a.add(new Row(10, -1, null, null, STORIES[r.nextInt(STORIES.length)]));
			}
		}
		a.add(new Row(11, -1, null, Math.max(1, Math.min(5, overall + r.nextInt(3) - 1)), null));
		a.add(new Row(12, -1, INSPECTIONS.get(new int[] { 0, 0, 0, 1, 1, 2 }[r.nextInt(6)]), null, null));
		if (r.nextInt(10) < 8) {
			a.add(new Row(13, -1, DISPUTES.get(new int[] { 0, 1, 1, 2, 3, 3 }[r.nextInt(6)]), null, null));
		}
		if (r.nextInt(10) < 7) {
			a.add(new Row(14, -1, null, Math.max(1, Math.min(10, overall * 2 + r.nextInt(3) - 1)), null));
		}
		LinkedHashSet<String> improve = new LinkedHashSet<>();
		for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
			improve.add(IMPROVE.get(r.nextInt(IMPROVE.size())));
		}
		improve.forEach(v -> a.add(new Row(15, -1, v, null, null)));
		a.add(new Row(16, -1, OUTLOOK.get(new int[] { 0, 1, 1, 1, 2, 3 }[r.nextInt(6)]), null, null));
		if (r.nextInt(10) < 3) {
			a.add(new Row(17, -1, null, null, POLICIES[r.nextInt(POLICIES.length)]));
		}
		if (r.nextInt(10) < 2) {
			a.add(new Row(18, -1, null, null, OPINIONS[r.nextInt(OPINIONS.length)]));
		}
		if (r.nextInt(10) < 9) {
			a.add(new Row(19, -1, CALLBACK.get(r.nextInt(3) == 0 ? 1 : 0), null, null));
		}
		return a;
	}

	private static int weighted(SplittableRandom r, int[] weights) {
		int total = Arrays.stream(weights).sum();
		int x = r.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			x -= weights[i];
			if (x < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	// ----- the answer form -----

	/**
	 * One respondent after another on this thread's kept-alive connection, each a new visitor (no
	 * cookies, so a new device): GET the form (the device cookie, the CSRF and single-use guard
	 * tokens), POST the answers, expect the redirect to the receipt. Both are one measured request.
	 */
	private Worker answer(String base) {
		KeepAlive respondent = KeepAlive.anonymous(base);
		String path = "/public/questionnaires/" + answeredId;
		return new Worker() {
			@Override
			public void call(SplittableRandom r) throws Exception {
				respondent.forget();
				KeepAlive.Response form = respondent.get(path);
				if (form.status() != 200) {
					throw new IllegalStateException(path + " answered " + form.status());
				}
				if (respondent.cookie("lvzhi_device") == null) {
					throw new IllegalStateException("no device cookie from " + path);
				}
				String page = form.body();
				String csrf = Http.csrf(page);
				Matcher guard = GUARD.matcher(page);
				if (csrf == null || !guard.find()) {
					throw new IllegalStateException("no CSRF or guard token on the answer form");
				}
				StringBuilder body = new StringBuilder();
				for (Row a : answers(r)) {
					String field = "q" + answeredQuestions[a.question()] + (a.item() < 0 ? "" : "_" + a.item());
					String value = a.choice() != null ? a.choice() : a.number() != null ? a.number().toString() : a.text();
					body.append(field).append('=').append(Http.enc(value)).append('&');
				}
				body.append("_guard=").append(Http.enc(guard.group(1))).append("&_pow=0&website=&_csrf=").append(Http.enc(csrf));
				KeepAlive.Response done = respondent.post(path, body.toString());
				String location = done.location() == null ? "" : done.location();
				if (done.status() != 302 || !location.contains("/public/questionnaires/done")) {
					throw new IllegalStateException("the answer form answered " + done.status() + " " + location
							+ (done.status() == 200 ? " " + errorOf(done.body()) : ""));
				}
				accepted.incrementAndGet();
			}

			@Override
			public void close() throws Exception {
				respondent.close();
			}
		};
	}

	/** The responses stored on the questionnaire the run answers. */
	private long answeredCount() throws SQLException {
		try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(COUNT)) {
			ps.setLong(1, answeredId);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static String errorOf(String page) {
		Matcher m = Pattern.compile("class=\"alert alert-danger[^\"]*\"[^>]*>\\s*([^<]+)").matcher(page);
		return m.find() ? m.group(1).strip() : "";
	}

	/** The rows the app writes for a response (AnswerSheet.submit), in one transaction. */
	private Worker rawAnswer() throws SQLException {
		Connection c = connect();
		c.setAutoCommit(false);
		PreparedStatement response = c.prepareStatement("""
				INSERT INTO participation_response (questionnaire_id, receipt_code, respondent_key, language, submitted_at)
				VALUES (?, ?, ?, ?, ?)""", new String[] { "id" });
		PreparedStatement answer = c.prepareStatement(
				"INSERT INTO participation_answer (response_id, question_id, item, choice, number, text) VALUES (?, ?, ?, ?, ?, ?)");
		return new Worker() {
			@Override
			public void call(SplittableRandom r) throws Exception {
				long n = inserted.incrementAndGet();
				response.setLong(1, answeredId);
				response.setString(2, String.format(Locale.ROOT, "1%09d", n));
				response.setString(3, String.format(Locale.ROOT, "raw%061d", n));
				response.setString(4, "zh");
				response.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now(ZONE)));
				response.executeUpdate();
				long id;
				try (ResultSet keys = response.getGeneratedKeys()) {
					keys.next();
					id = keys.getLong(1);
				}
				for (Row a : answers(r)) {
					answer.setLong(1, id);
					answer.setLong(2, answeredQuestions[a.question()]);
					answer.setString(3, a.item() < 0 ? null : SPECS.get(a.question()).options().get(a.item()));
					answer.setString(4, a.choice());
					answer.setBigDecimal(5, a.number() == null ? null : BigDecimal.valueOf(a.number()));
					answer.setString(6, a.text());
					answer.addBatch();
				}
				answer.executeBatch();
				c.commit();
			}

			@Override
			public void close() throws Exception {
				c.close();
			}
		};
	}

	// ----- the results page -----

	// org.lvzhi.participation.results.Results.summary and the pages' reads (QuestionnaireStore), statement for
	// statement; change both together.
	static final String QUESTIONNAIRE = "SELECT * FROM participation_questionnaire WHERE id = ?";
	static final String QUESTIONS = "SELECT * FROM participation_question WHERE questionnaire_id = ? ORDER BY position, id";
	static final String SCOPE = " AND r.id IN (SELECT f.response_id FROM participation_answer f WHERE f.question_id = ? AND f.choice = ?)";
	static final String COUNT = "SELECT COUNT(*) FROM participation_response r WHERE r.questionnaire_id = ?";
	static final String FROM = " FROM participation_answer a JOIN participation_response r ON r.id = a.response_id"
			+ " WHERE r.questionnaire_id = ?";
	static final String GROUPS = "SELECT a.question_id, a.item, a.choice, a.number, COUNT(*)" + FROM;
	static final String GROUP_BY = " GROUP BY a.question_id, a.item, a.choice, a.number";
	static final String SEVERAL = "SELECT a.question_id, COUNT(DISTINCT a.response_id)" + FROM + " AND a.question_id IN (";

	/** What one results page computes: the groups of every question's answers; returns the district's option counts. */
	private List<Long> page(Connection c, String district, boolean office) throws SQLException {
		String scope = district == null ? "" : SCOPE;
		try (PreparedStatement ps = c.prepareStatement(QUESTIONNAIRE)) {
			ps.setLong(1, loadedId);
			drain(ps);
		}
		List<Object[]> questions = new ArrayList<>();
		for (int i = 0; i < (office ? 2 : 1); i++) {
			questions.clear();
			try (PreparedStatement ps = c.prepareStatement(QUESTIONS)) {
				ps.setLong(1, loadedId);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						questions.add(new Object[] { rs.getLong("id"), rs.getString("kind"), rs.getString("options") });
					}
				}
			}
		}
		List<Object> extra = district == null ? List.of() : List.of(loadedQuestions[0], district);
		List<Object> scopeParams = new ArrayList<>(List.of(loadedId));
		scopeParams.addAll(extra);
		query(c, COUNT + scope, scopeParams, null);
		Map<Long, Map<String, Long>> byChoice = new HashMap<>();
		query(c, GROUPS + scope + GROUP_BY, scopeParams, rs -> {
			if (rs.getString(3) != null) {
				byChoice.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).merge(rs.getString(3), rs.getLong(5), Long::sum);
			}
		});
		List<Object> several = new ArrayList<>();
		several.add(loadedId);
		for (Object[] q : questions) {
			if (q[1].equals("MULTIPLE") || q[1].equals("MATRIX")) {
				several.add(q[0]);
			}
		}
		int n = several.size() - 1;
		several.addAll(extra);
		query(c, SEVERAL + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")" + scope + " GROUP BY a.question_id",
				several, rs -> rs.getLong(2));
		c.commit();
		Map<String, Long> district0 = byChoice.getOrDefault((Long) questions.get(0)[0], Map.of());
		return Arrays.stream(((String) questions.get(0)[2]).split("\n")).map(o -> district0.getOrDefault(o, 0L)).toList();
	}

	interface RowReader {
		void read(ResultSet rs) throws SQLException;
	}

	private static void query(Connection c, String sql, List<Object> params, RowReader reader) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			for (int i = 0; i < params.size(); i++) {
				ps.setObject(i + 1, params.get(i));
			}
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					if (reader != null) {
						reader.read(rs);
					}
				}
			}
		}
	}

	private static void drain(PreparedStatement ps) throws SQLException {
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				rs.getObject(1);
			}
		}
	}

	/** A results page answered 200, with the expected number of responses when given. */
	private static void expect(HttpResponse<String> r, long responses) {
		if (r.statusCode() != 200) {
			throw new IllegalStateException(r.uri() + " answered " + r.statusCode());
		}
		if (responses >= 0 && responsesOn(r.body()) != responses) {
			throw new IllegalStateException(r.uri() + " shows " + responsesOn(r.body()) + " responses, not " + responses);
		}
	}

	private static long responsesOn(String page) {
		Matcher m = RESPONSES.matcher(page);
		if (!m.find()) {
			return -1;
		}
		String digits = m.group(1).replaceAll("[^0-9]", "");
		return digits.isEmpty() ? -1 : Long.parseLong(digits);
	}

	interface Page {
		void run() throws Exception;
	}

	/** One request after the other, until {@code n} are done or the time budget is used up. */
	private static Result sequential(String scenario, String mode, int n, double budget, Page page) {
		long[] lat = new long[n];
		int done = 0;
		long errors = 0;
		String first = null;
		long t0 = System.nanoTime();
		for (int i = 0; i < n; i++) {
			if ((System.nanoTime() - t0) / 1e9 > budget) {
				log("%s %s: time budget of %.0f s used up after %d requests", scenario, mode, budget, done);
				break;
			}
			long s = System.nanoTime();
			try {
				page.run();
				lat[done++] = System.nanoTime() - s;
			}
			catch (Exception e) {
				errors++;
				first = first == null ? e.toString() : first;
			}
			if ((done + errors) % 25 == 0) {
				log("%s %s: %d requests, last %.0f ms", scenario, mode, done, ms(System.nanoTime() - s));
			}
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		long[] all = Arrays.copyOf(lat, done);
		Arrays.sort(all);
		Result r = new Result(scenario, mode, 1, done, errors, first, seconds, done / seconds, ms(pct(all, 0.5)),
				ms(pct(all, 0.9)), ms(pct(all, 0.99)), done == 0 ? 0 : ms(all[done - 1]),
				done == 0 ? 0 : Arrays.stream(all).average().orElse(0) / 1e6);
		return report(r);
	}

	/**
	 * The form takes an answer and refuses a second from the same device; the results page shows the loaded count and,
	 * for the district question, the counts the raw statements find, all and filtered.
	 */
	private String check(Http staff, String base, String district) throws Exception {
		answer(base).call(new SplittableRandom(1));
		// the same device again: refused
		Http again = Http.anonymous(base);
		String path = "/public/questionnaires/" + answeredId;
		String page = ok(again.get(path), 200).body();
		StringBuilder form = new StringBuilder();
		for (Row a : answers(new SplittableRandom(2))) {
			String value = a.choice() != null ? a.choice() : a.number() != null ? a.number().toString() : a.text();
			form.append("q").append(answeredQuestions[a.question()]).append(a.item() < 0 ? "" : "_" + a.item()).append('=')
				.append(Http.enc(value)).append('&');
		}
		Matcher guard = GUARD.matcher(page);
		guard.find();
		String first = form + "_guard=" + Http.enc(guard.group(1)) + "&_pow=0&website=&_csrf=" + Http.enc(Http.csrf(page));
		ok302(again.postForm(path, first));
		page = ok(again.get(path), 200).body();
		guard = GUARD.matcher(page);
		guard.find();
		HttpResponse<String> second = again.postForm(path,
				form + "_guard=" + Http.enc(guard.group(1)) + "&_pow=0&website=&_csrf=" + Http.enc(Http.csrf(page)));
		if (second.statusCode() == 302) {
			throw new IllegalStateException("a second answer from the same device was taken");
		}
		String[] shown = new String[2];
		List<List<Long>> raw = new ArrayList<>();
		try (Connection c = readOnly()) {
			raw.add(page(c, null, true));
			raw.add(page(c, district, true));
		}
		String filter = "?fq=" + loadedQuestions[0] + "&fv=" + Http.enc(district);
		Pattern chart = Pattern.compile("id=\"result-" + loadedQuestions[0] + "\"[\\s\\S]*?data-chart=\"([0-9,]+)\"");
		for (int i = 0; i < 2; i++) {
			String body = ok(staff.get("/participation/questionnaires/" + loadedId + "/results" + (i == 0 ? "" : filter)), 200).body();
			Matcher m = chart.matcher(body);
			if (!m.find()) {
				throw new IllegalStateException("no chart of the district question on the results page");
			}
			shown[i] = m.group(1);
			String expected = String.join(",", raw.get(i).stream().map(String::valueOf).toList());
			if (!shown[i].equals(expected)) {
				throw new IllegalStateException("the results page counts " + shown[i] + ", the raw statements " + expected);
			}
		}
		long total = responsesOn(ok(staff.get("/participation/questionnaires/" + loadedId + "/results"), 200).body());
		return String.format(Locale.ROOT, "answers accepted through the form, a second answer from the same device refused"
				+ " (%d); the results page shows %,d responses and the district counts %s (filtered to %s: %s), as the raw"
				+ " statements find", second.statusCode(), total, shown[0], district, shown[1]);
	}

	private static void ok302(HttpResponse<String> r) {
		if (r.statusCode() != 302) {
			throw new IllegalStateException(r.uri() + " answered " + r.statusCode() + " " + errorOf(r.body()));
		}
	}

	private String explain(String district) throws SQLException {
		StringBuilder sb = new StringBuilder();
		String several = SEVERAL + "?, ?, ?, ?)";
		String[] sqls = { COUNT, GROUPS + GROUP_BY, several + " GROUP BY a.question_id", COUNT + SCOPE, GROUPS + SCOPE + GROUP_BY,
				several + SCOPE + " GROUP BY a.question_id" };
		try (Connection c = connect()) {
			for (String sql : sqls) {
				try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
					int i = 1;
					ps.setLong(i++, loadedId);
					if (sql.startsWith(SEVERAL)) {
						for (int q : new int[] { 6, 7, 9, 15 }) {
							ps.setLong(i++, loadedQuestions[q]);
						}
					}
					if (sql.contains("f.choice")) {
						ps.setLong(i++, loadedQuestions[0]);
						ps.setString(i, district);
					}
					sb.append("== ").append(sql).append(sql.contains("f.choice") ? " (" + district + ")" : "").append('\n');
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
		log("%-14s %-4s %2d threads: %8.1f req/s  p50 %8.2f ms  p99 %8.2f ms  errors %d", r.scenario(), r.mode(), r.threads(),
				r.perSecond(), r.p50(), r.p99(), r.errors());
		return r;
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
	}

	private Connection readOnly() throws SQLException {
		Connection c = connect();
		c.setAutoCommit(false);
		c.setReadOnly(true);
		return c;
	}

	static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
		System.out.flush();
	}
}
