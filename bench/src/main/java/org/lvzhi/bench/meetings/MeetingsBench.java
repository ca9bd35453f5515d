package org.lvzhi.bench.meetings;

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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.lvzhi.bench.Http;
import org.lvzhi.bench.LoadRunner.Result;
import org.lvzhi.bench.Options;
import org.lvzhi.bench.Report;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * A standing committee sitting voting: {@code --members} (60) members, each signed in with its own
 * session, cast their ballots on {@code --items} (20) agenda items at the same moment, through
 * {@code POST /meetings/items/{item}/votes/{vote}/cast} as their phones do, beside the same rows
 * written straight into {@code meetings_open_ballot} / {@code meetings_secret_voter} by JDBC. One
 * burst is every member casting every ballot (60 × 20 = 1,200), all members starting together on a
 * barrier, each in its own random order of the items. The first burst warms the app up and is not
 * reported; then {@code --rounds} measured bursts, each a new round of votes on the same items,
 * opened and closed by the general office through HTTP. After each burst: every member casts once
 * more, twice at the same moment, and must be refused both times; then the office closes the
 * votes, and each vote must have counted its 60 ballots with the totals the members sent.
 */
public final class MeetingsBench {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final String OFFICE = "bench-office";
	private static final String PASSWORD = "bench-meetings-2026";
	private static final String ALREADY_VOTED = "您已经投过票";

	private final Options options;
	private final String jdbcUrl;
	private final String jdbcUser;
	private final String jdbcPassword;
	private final Path out;
	private final LocalDate today = LocalDate.now(ZONE);
	private final int members;
	private final int items;
	private final int secretEvery;
	private long[] personIds;
	private long[] itemIds;
	private long[] rawItemIds;
	private String base;

	public MeetingsBench(Options options) {
		this.options = options;
		this.jdbcUrl = options.required("jdbc-url");
		this.jdbcUser = options.string("jdbc-user", "postgres");
		this.jdbcPassword = options.string("jdbc-password", "");
		this.out = options.path("out", "bench/results/meetings");
		this.members = options.integer("members", 60);
		this.items = options.integer("items", 20);
		this.secretEvery = options.integer("secret-every", 2);
	}

	/** A member's session and the CSRF token of its forms. */
	private record Member(int n, long personId, Http http, String csrf) {
	}

	/** One ballot as the member means it. */
	private record Ballot(int item, String choice) {
	}

	public void run() throws Exception {
		Files.createDirectories(out);
		int rounds = options.integer("rounds", 3);
		long seed = options.integer("seed", 2026);
		base = options.required("base-url");

		try (Connection c = connect()) {
			load(c);
		}
		log("loaded: a standing committee of %d members (accounts bench-member-1…%d), a held sitting on %s with all"
				+ " present and %d items, a second sitting for the raw inserts", members, members, today, items);

		Http office = Http.signIn(base, OFFICE, PASSWORD);
		List<Member> team = signInMembers();
		log("%d members signed in, each with its session and CSRF token", team.size());

		List<Result> results = new ArrayList<>();
		List<String> checks = new ArrayList<>();
		List<long[]> httpLatencies = new ArrayList<>();
		List<long[]> rawLatencies = new ArrayList<>();
		double httpSeconds = 0;
		double rawSeconds = 0;
		for (int round = 0; round <= rounds; round++) {
			String label = round == 0 ? "warm-up" : "burst " + round;
			long[] votes = open(office, round + 1);
			Map<Integer, List<Ballot>> plan = plan(new Random(seed * 31 + round));
			Burst http = httpBurst(team, votes, plan, seed + round);
			String refused = doubleCasts(team, votes, new Random(seed * 7 + round));
			checkRows(votes, plan, "HTTP " + label);
			String counted = close(office, votes, plan);
			long[] rawVotes = rawVotes(round + 1);
			Burst raw = rawBurst(rawVotes, plan);
			checkRows(rawVotes, plan, "raw " + label);
			String line = String.format(Locale.ROOT, "%s: HTTP %d ballots in %.2f s (%.1f/s, p50 %.1f ms, p99 %.1f ms, %d errors);"
					+ " raw %d inserts in %.3f s (%.0f/s, p50 %.2f ms, p99 %.2f ms); %s; %s", label, http.latencies.length,
					http.seconds, http.latencies.length / http.seconds, ms(pct(http.latencies, 0.5)), ms(pct(http.latencies, 0.99)),
					http.errors, raw.latencies.length, raw.seconds, raw.latencies.length / raw.seconds, ms(pct(raw.latencies, 0.5)),
					ms(pct(raw.latencies, 0.99)), counted, refused);
			log("%s", line);
			if (http.errors > 0) {
				throw new IllegalStateException(http.errors + " ballots failed in " + label + ": " + http.firstError);
			}
			if (round > 0) {
				checks.add(line);
				results.add(http.result("ballot (" + label + ")", "http", members));
				results.add(raw.result("ballot (" + label + ")", "raw", members));
				httpLatencies.add(http.latencies);
				rawLatencies.add(raw.latencies);
				httpSeconds += http.seconds;
				rawSeconds += raw.seconds;
			}
		}
		results.add(Burst.merged(httpLatencies, httpSeconds).result("ballot (all bursts)", "http", members));
		results.add(Burst.merged(rawLatencies, rawSeconds).result("ballot (all bursts)", "raw", members));

		String table = Report.text(results);
		System.out.println();
		System.out.println(table);
		StringBuilder md = new StringBuilder();
		md.append("Data: a standing committee of ").append(members).append(" members, a held sitting with all present, ")
			.append(items).append(" items (every ").append(secretEvery == 1 ? "" : ordinal(secretEvery) + " ")
			.append("vote secret, the others open roll-call votes, approval form). ").append(rounds)
			.append(" measured bursts after one warm-up burst; one burst = ").append(members).append(" × ").append(items)
			.append(" = ").append(members * items).append(" ballots, ").append(members)
			.append(" client threads (one per member) starting together. Latencies per ballot in ms; req/s = ballots / the burst's wall time.\n\n");
		md.append(Report.markdown(results)).append('\n');
		md.append("- HTTP: `POST /meetings/items/{item}/votes/{vote}/cast` with `choice` and the session's CSRF token, signed in"
				+ " as the member (own session, own connection); expects the redirect back to the votes page (not followed)\n");
		md.append("- raw: one autocommitted `INSERT` per ballot into `meetings_open_ballot` (open votes) or"
				+ " `meetings_secret_voter` (secret votes), one JDBC connection per member thread, on the votes of a second"
				+ " sitting\n\nChecks:\n\n");
		checks.forEach(l -> md.append("- ").append(l).append('\n'));
		Files.writeString(out.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
		Files.writeString(out.resolve("results.csv"), Report.csv(results), StandardCharsets.UTF_8);
	}

	private static String ordinal(int n) {
		return n == 2 ? "second" : n == 3 ? "third" : n + "th";
	}

	// ----- data -----

	private void load(Connection c) throws SQLException {
		c.setAutoCommit(false);
		String hash = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
		try (Statement s = c.createStatement()) {
			long org = insertId(c, "INSERT INTO directory_organization (name, classification, level, term, area, founding_date, version)"
					+ " VALUES ('基准市人民代表大会常务委员会', 'STANDING_COMMITTEE', 'MUNICIPAL', 15, '基准市', DATE '2022-01-01', 1)");
			s.executeUpdate("INSERT INTO directory_person (name, gender, occupation, created_at, version) SELECT '基准委员' || g,"
					+ " CASE WHEN g % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END, '基准职业', now(), 1 FROM generate_series(1, " + members + ") g");
			personIds = new long[members];
			try (ResultSet rs = s.executeQuery("SELECT id FROM directory_person WHERE name LIKE '基准委员%' ORDER BY id")) {
				for (int i = 0; rs.next(); i++) {
					personIds[i] = rs.getLong(1);
				}
			}
			try (PreparedStatement m = c.prepareStatement("INSERT INTO directory_membership (person_id, organization_id, role, term,"
					+ " start_date, version) VALUES (?, ?, ?, 15, DATE '2022-01-01', 1)");
					PreparedStatement a = c.prepareStatement("INSERT INTO accounts_account (username, password_hash, display_name,"
							+ " role, person_id, enabled, created_at, version) VALUES (?, ?, ?, 'MEMBER', ?, TRUE, now(), 0)")) {
				for (int i = 0; i < members; i++) {
					m.setLong(1, personIds[i]);
					m.setLong(2, org);
					m.setString(3, i == 0 ? "CHAIR" : i < 5 ? "VICE_CHAIR" : i == 5 ? "SECRETARY_GENERAL" : "MEMBER");
					m.addBatch();
					a.setString(1, "bench-member-" + (i + 1));
					a.setString(2, hash);
					a.setString(3, "基准委员" + (i + 1));
					a.setLong(4, personIds[i]);
					a.addBatch();
				}
				m.executeBatch();
				a.executeBatch();
			}
			try (PreparedStatement a = c.prepareStatement("INSERT INTO accounts_account (username, password_hash, display_name,"
					+ " role, office_code, enabled, created_at, version) VALUES (?, ?, '基准办公厅', 'STAFF', 'GENERAL_OFFICE', TRUE, now(), 0)")) {
				a.setString(1, OFFICE);
				a.setString(2, hash);
				a.executeUpdate();
			}
			itemIds = sitting(c, 1);
			rawItemIds = sitting(c, 2);
		}
		c.commit();
	}

	/** A held sitting of today with every member present and its items. */
	private long[] sitting(Connection c, int number) throws SQLException {
		long sitting;
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO meetings_sitting (kind, term, number, held_on, place, state,"
				+ " notified_on, version) VALUES ('STANDING_COMMITTEE', 15, ?, ?, '基准会议室', 'HELD', ?, 0)", new String[] { "id" })) {
			ps.setInt(1, number);
			ps.setObject(2, today);
			ps.setObject(3, today.minusDays(7));
			ps.executeUpdate();
			try (ResultSet rs = ps.getGeneratedKeys()) {
				rs.next();
				sitting = rs.getLong(1);
			}
		}
		long[] ids = new long[items];
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO meetings_agenda_item (sitting_id, position, kind_key, title)"
				+ " VALUES (?, ?, 'meetings.item.RESOLUTION', ?)", new String[] { "id" })) {
			for (int i = 0; i < items; i++) {
				ps.setLong(1, sitting);
				ps.setInt(2, i + 1);
				ps.setString(3, "基准议题" + (i + 1) + "：关于基准事项的决议草案" + (number == 2 ? "（直写）" : ""));
				ps.executeUpdate();
				try (ResultSet rs = ps.getGeneratedKeys()) {
					rs.next();
					ids[i] = rs.getLong(1);
				}
			}
		}
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO meetings_attendance (sitting_id, person_id, status) VALUES (?, ?, 'PRESENT')")) {
			for (long p : personIds) {
				ps.setLong(1, sitting);
				ps.setLong(2, p);
				ps.addBatch();
			}
			ps.executeBatch();
		}
		return ids;
	}

	private static long insertId(Connection c, String sql) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql, new String[] { "id" })) {
			ps.executeUpdate();
			try (ResultSet rs = ps.getGeneratedKeys()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private boolean secret(int item) {
		return secretEvery > 0 && item % secretEvery == secretEvery - 1;
	}

	/** Each member's ballots: every item once, in the member's own order; mostly YES, some NO and ABSTAIN. */
	private Map<Integer, List<Ballot>> plan(Random random) {
		Map<Integer, List<Ballot>> plan = new HashMap<>();
		for (int m = 0; m < members; m++) {
			List<Ballot> ballots = new ArrayList<>();
			for (int i = 0; i < items; i++) {
				int r = random.nextInt(10);
				ballots.add(new Ballot(i, r < 7 ? "YES" : r < 9 ? "NO" : "ABSTAIN"));
			}
			Collections.shuffle(ballots, random);
			plan.put(m, ballots);
		}
		return plan;
	}

	// ----- HTTP -----

	private List<Member> signInMembers() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Member>> futures = new ArrayList<>();
			for (int m = 0; m < members; m++) {
				int n = m;
				futures.add(pool.submit(() -> {
					Http http = Http.signIn(base, "bench-member-" + (n + 1), PASSWORD);
					String page = ok(http.get("/meetings/items/" + itemIds[0] + "/votes"), 200).body();
					String csrf = Http.csrf(page);
					if (csrf == null) {
						throw new IllegalStateException("no CSRF token on the votes page for member " + (n + 1));
					}
					return new Member(n, personIds[n], http, csrf);
				}));
			}
			List<Member> team = new ArrayList<>();
			for (Future<Member> f : futures) {
				team.add(f.get());
			}
			return team;
		}
		finally {
			pool.shutdown();
		}
	}

	/** The office opens round {@code round} on every item (every {@code secretEvery}th secret); returns the vote ids. */
	private long[] open(Http office, int round) throws Exception {
		long[] votes = new long[items];
		for (int i = 0; i < items; i++) {
			String path = "/meetings/items/" + itemIds[i] + "/votes";
			HttpResponse<String> r = office.post(path, path, "secret=" + secret(i) + "&form=APPROVAL", Duration.ofSeconds(60));
			if (r.statusCode() != 302) {
				throw new IllegalStateException("opening a vote on item " + itemIds[i] + " answered " + r.statusCode());
			}
		}
		try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
				"SELECT id FROM meetings_vote WHERE item_id = ? AND round = ? AND state = 'OPEN' AND secret = ?")) {
			for (int i = 0; i < items; i++) {
				ps.setLong(1, itemIds[i]);
				ps.setInt(2, round);
				ps.setBoolean(3, secret(i));
				try (ResultSet rs = ps.executeQuery()) {
					if (!rs.next()) {
						throw new IllegalStateException("the office's open did not open round " + round + " on item " + itemIds[i]);
					}
					votes[i] = rs.getLong(1);
				}
			}
		}
		return votes;
	}

	private String castPath(long[] votes, int item) {
		return "/meetings/items/" + itemIds[item] + "/votes/" + votes[item] + "/cast";
	}

	private static HttpResponse<String> cast(Member m, String path, String choice) throws Exception {
		return m.http().postForm(path, "choice=" + choice + "&_csrf=" + Http.enc(m.csrf()));
	}

	private Burst httpBurst(List<Member> team, long[] votes, Map<Integer, List<Ballot>> plan, long seed) throws Exception {
		return Burst.run(members, m -> {
			Member member = team.get(m);
			List<Ballot> ballots = plan.get(m);
			return k -> {
				Ballot b = ballots.get(k);
				HttpResponse<String> r = cast(member, castPath(votes, b.item()), b.choice());
				String location = r.headers().firstValue("Location").orElse("");
				if (r.statusCode() != 302 || !location.contains("/meetings/items/" + itemIds[b.item()] + "/votes")) {
					throw new IllegalStateException("cast answered " + r.statusCode() + " " + location);
				}
			};
		}, items);
	}

	/**
	 * Every member casts once more on one item, twice at the same moment: both must be refused (the
	 * votes page then shows the refusal), and no row may be added.
	 */
	private String doubleCasts(List<Member> team, long[] votes, Random random) throws Exception {
		int[] item = new int[members];
		for (int m = 0; m < members; m++) {
			item[m] = random.nextInt(items);
			// reads the page once, so that the earlier success message is shown and gone
			ok(team.get(m).http().get("/meetings/items/" + itemIds[item[m]] + "/votes"), 200);
		}
		Burst again = Burst.run(2 * members, t -> {
			Member member = team.get(t % members);
			return k -> {
				HttpResponse<String> r = cast(member, castPath(votes, item[t % members]), "NO");
				if (r.statusCode() != 302) {
					throw new IllegalStateException("second cast answered " + r.statusCode());
				}
			};
		}, 1);
		if (again.errors > 0) {
			throw new IllegalStateException("second casts failed: " + again.firstError);
		}
		// The session may still hold success messages of earlier rounds for the same page (kept three minutes):
		// the page shows one message per visit, so look a few times.
		int shown = 0;
		for (int m = 0; m < members; m++) {
			for (int visit = 0; visit < 8; visit++) {
				String page = ok(team.get(m).http().get("/meetings/items/" + itemIds[item[m]] + "/votes"), 200).body();
				if (page.contains(ALREADY_VOTED)) {
					shown++;
					break;
				}
			}
		}
		if (shown != members) {
			throw new IllegalStateException("only " + shown + " of " + members + " members were told they had voted already");
		}
		return String.format(Locale.ROOT, "%d second casts (two at once per member) all refused (%s), no row added",
				2 * members, ALREADY_VOTED + "…");
	}

	/** Exactly one row per member and vote, nothing more: nothing lost, nothing twice. */
	private void checkRows(long[] votes, Map<Integer, List<Ballot>> plan, String what) throws SQLException {
		try (Connection c = connect()) {
			for (int i = 0; i < items; i++) {
				String table = secret(i) ? "meetings_secret_voter" : "meetings_open_ballot";
				try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT person_id) FROM " + table
						+ " WHERE vote_id = ?")) {
					ps.setLong(1, votes[i]);
					try (ResultSet rs = ps.executeQuery()) {
						rs.next();
						if (rs.getInt(1) != members || rs.getInt(2) != members) {
							throw new IllegalStateException(what + ": vote " + votes[i] + " holds " + rs.getInt(1) + " rows of "
									+ rs.getInt(2) + " members, expected " + members);
						}
					}
				}
				if (!secret(i)) {
					Map<String, Integer> expected = totals(plan, i);
					Map<String, Integer> found = new HashMap<>();
					try (PreparedStatement ps = c.prepareStatement(
							"SELECT choice, COUNT(*) FROM meetings_open_ballot WHERE vote_id = ? GROUP BY choice")) {
						ps.setLong(1, votes[i]);
						try (ResultSet rs = ps.executeQuery()) {
							while (rs.next()) {
								found.put(rs.getString(1), rs.getInt(2));
							}
						}
					}
					if (!expected.equals(found)) {
						throw new IllegalStateException(what + ": vote " + votes[i] + " holds " + found + ", sent " + expected);
					}
				}
			}
		}
	}

	private Map<String, Integer> totals(Map<Integer, List<Ballot>> plan, int item) {
		Map<String, Integer> t = new HashMap<>();
		plan.values().forEach(l -> l.stream().filter(b -> b.item() == item).forEach(b -> t.merge(b.choice(), 1, Integer::sum)));
		return t;
	}

	/** The office closes every vote; each must count its members' ballots with the totals they sent. */
	private String close(Http office, long[] votes, Map<Integer, List<Ballot>> plan) throws Exception {
		for (int i = 0; i < items; i++) {
			String page = "/meetings/items/" + itemIds[i] + "/votes";
			HttpResponse<String> r = office.post(page, page + "/" + votes[i] + "/close", "x=1", Duration.ofSeconds(60));
			if (r.statusCode() != 302) {
				throw new IllegalStateException("closing vote " + votes[i] + " answered " + r.statusCode());
			}
		}
		int counted = 0;
		int secretBallots = 0;
		try (Connection c = connect()) {
			for (int i = 0; i < items; i++) {
				try (PreparedStatement ps = c.prepareStatement("SELECT state, cast_count FROM meetings_vote WHERE id = ?")) {
					ps.setLong(1, votes[i]);
					try (ResultSet rs = ps.executeQuery()) {
						rs.next();
						if (!"CLOSED".equals(rs.getString(1)) || rs.getInt(2) != members) {
							throw new IllegalStateException("vote " + votes[i] + " is " + rs.getString(1) + " with " + rs.getInt(2)
									+ " ballots counted, expected CLOSED with " + members);
						}
						counted += rs.getInt(2);
					}
				}
				Map<String, Integer> found = new HashMap<>();
				try (PreparedStatement ps = c.prepareStatement("SELECT choice, votes FROM meetings_vote_result WHERE vote_id = ? AND votes > 0")) {
					ps.setLong(1, votes[i]);
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							found.put(rs.getString(1), rs.getInt(2));
						}
					}
				}
				if (!found.equals(totals(plan, i))) {
					throw new IllegalStateException("vote " + votes[i] + " published " + found + ", the members sent " + totals(plan, i));
				}
				if (secret(i)) {
					try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM meetings_secret_ballot WHERE vote_id = ?")) {
						ps.setLong(1, votes[i]);
						try (ResultSet rs = ps.executeQuery()) {
							rs.next();
							if (rs.getInt(1) != members) {
								throw new IllegalStateException("secret vote " + votes[i] + " holds " + rs.getInt(1) + " ballots");
							}
							secretBallots += rs.getInt(1);
						}
					}
				}
			}
		}
		if (counted != members * items) {
			throw new IllegalStateException(counted + " ballots counted, expected " + members * items);
		}
		return String.format(Locale.ROOT, "closed: %d ballots counted = %d × %d, 0 lost, 0 twice, every vote's published"
				+ " totals equal to what its members sent (%d secret ballots written shuffled at the close)", counted, members,
				items, secretBallots);
	}

	// ----- raw -----

	/** Round {@code round} on every item of the raw sitting, written straight, open. */
	private long[] rawVotes(int round) throws SQLException {
		long[] votes = new long[items];
		try (Connection c = connect()) {
			for (int i = 0; i < items; i++) {
				try (PreparedStatement ps = c.prepareStatement("INSERT INTO meetings_vote (item_id, round, secret, ballot_form,"
						+ " state, all_members, present, opened_on) VALUES (?, ?, ?, 'APPROVAL', 'OPEN', ?, ?, ?)", new String[] { "id" })) {
					ps.setLong(1, rawItemIds[i]);
					ps.setInt(2, round);
					ps.setBoolean(3, secret(i));
					ps.setInt(4, members);
					ps.setInt(5, members);
					ps.setObject(6, today);
					ps.executeUpdate();
					try (ResultSet rs = ps.getGeneratedKeys()) {
						rs.next();
						votes[i] = rs.getLong(1);
					}
				}
			}
		}
		return votes;
	}

	private Burst rawBurst(long[] votes, Map<Integer, List<Ballot>> plan) throws Exception {
		return Burst.run(members, m -> {
			Connection c = connect();
			c.setAutoCommit(true);
			PreparedStatement open = c.prepareStatement("INSERT INTO meetings_open_ballot (vote_id, person_id, choice) VALUES (?, ?, ?)");
			PreparedStatement secret = c.prepareStatement("INSERT INTO meetings_secret_voter (vote_id, person_id) VALUES (?, ?)");
			List<Ballot> ballots = plan.get(m);
			return new Caster() {
				@Override
				public void cast(int k) throws Exception {
					Ballot b = ballots.get(k);
					if (secret(b.item())) {
						secret.setLong(1, votes[b.item()]);
						secret.setLong(2, personIds[m]);
						secret.executeUpdate();
					}
					else {
						open.setLong(1, votes[b.item()]);
						open.setLong(2, personIds[m]);
						open.setString(3, b.choice());
						open.executeUpdate();
					}
				}

				@Override
				public void close() throws Exception {
					c.close();
				}
			};
		}, items);
	}

	// ----- the burst -----

	/** One member's client during a burst: its k-th ballot. */
	interface Caster extends AutoCloseable {

		void cast(int k) throws Exception;

		@Override
		default void close() throws Exception {
		}
	}

	interface CasterFactory {

		Caster open(int thread) throws Exception;
	}

	/** Every thread casts {@code perThread} ballots as fast as it can, all starting together. */
	private record Burst(long[] latencies, double seconds, long errors, String firstError) {

		static Burst run(int threads, CasterFactory factory, int perThread) throws Exception {
			Caster[] casters = new Caster[threads];
			for (int t = 0; t < threads; t++) {
				casters[t] = factory.open(t);
			}
			long[][] own = new long[threads][perThread];
			int[] counts = new int[threads];
			AtomicLong errors = new AtomicLong();
			ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
			long[] clock = new long[1];
			CyclicBarrier start = new CyclicBarrier(threads, () -> clock[0] = System.nanoTime());
			Thread[] running = new Thread[threads];
			for (int t = 0; t < threads; t++) {
				int id = t;
				running[t] = Thread.ofPlatform().name("cast-" + t).start(() -> {
					try {
						start.await();
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
					for (int k = 0; k < perThread; k++) {
						long s = System.nanoTime();
						try {
							casters[id].cast(k);
							own[id][counts[id]++] = System.nanoTime() - s;
						}
						catch (Exception | AssertionError e) {
							errors.incrementAndGet();
							if (firstErrors.isEmpty()) {
								firstErrors.add(e.toString());
							}
						}
					}
				});
			}
			for (Thread t : running) {
				t.join();
			}
			long end = System.nanoTime();
			for (Caster c : casters) {
				c.close();
			}
			int total = Arrays.stream(counts).sum();
			long[] all = new long[total];
			int at = 0;
			for (int t = 0; t < threads; t++) {
				System.arraycopy(own[t], 0, all, at, counts[t]);
				at += counts[t];
			}
			Arrays.sort(all);
			return new Burst(all, (end - clock[0]) / 1e9, errors.get(), firstErrors.peek());
		}

		static Burst merged(List<long[]> parts, double seconds) {
			long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			return new Burst(all, seconds, 0, null);
		}

		Result result(String scenario, String mode, int threads) {
			long n = latencies.length;
			double mean = n == 0 ? 0 : Arrays.stream(latencies).average().orElse(0) / 1e6;
			return new Result(scenario, mode, threads, n, errors, firstError, seconds, n / seconds, ms(pct(latencies, 0.5)),
					ms(pct(latencies, 0.9)), ms(pct(latencies, 0.99)), n == 0 ? 0 : ms(latencies[(int) n - 1]), mean);
		}
	}

	/** Nearest rank, as {@code LoadRunner}. */
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

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
	}

	static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
		System.out.flush();
	}
}
