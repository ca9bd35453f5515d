package org.lvzhi.bench.suggestions;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.postgresql.PGConnection;

/**
 * The suggestions of six sessions (2021 to 2026) in one deterministic draw, written with COPY
 * into the app's tables: handling units and deputies in the directory, then {@code count}
 * suggestions with their co-signers, assignments, answers, ratings and timelines. Past sessions
 * are mostly closed; the current one is still being handled. Each suggestion is drawn from its
 * own seed, so {@link #draft} can write new texts like them for the similarity lookups.
 */
final class SuggestionsData {

	static final int FIRST_YEAR = 2021;
	static final int YEARS = 6;
	static final int DEPUTIES = 600;
	private static final int CHUNK = 20_000;
	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华建国文志红玉兰春海云飞鹏辉斌俊峰晓燕丹萍鑫宇浩博凯欣婷雪琳颖慧佳晨阳宁林亮波彬成龙新东永生德福金荣庆立学忠民安宏胜利";

	private final int count;
	private final long seed;
	final String[] deputyNames = new String[DEPUTIES];
	/** Directory ids: units 1..UNITS.length, deputies from {@link #firstDeputy}. */
	final long firstDeputy = 1;
	long assignments;
	long answers;
	long rows;

	SuggestionsData(int count, long seed) {
		this.count = count;
		this.seed = seed;
	}

	long load(Connection c) throws SQLException {
		Random names = new Random(seed);
		PGConnection pg = c.unwrap(PGConnection.class);
		c.setAutoCommit(false);
		StringBuilder orgs = new StringBuilder();
		for (int i = 0; i < Texts.UNITS.length; i++) {
			String unit = Texts.UNITS[i];
			String classification = i >= Texts.DISTRICT_UNITS ? "GOVERNMENT" : "GOVERNMENT_DEPARTMENT";
			orgs.append(i + 1).append('\t').append(unit).append('\t').append(classification)
				.append("\t\\N\tMUNICIPAL\t\\N\t太原市\t2000-01-01\t\\N\t1\n");
		}
		rows += copy(pg, "directory_organization (id, name, classification, parent_id, level, term, area, founding_date, "
				+ "dissolution_date, version)", orgs);
		StringBuilder persons = new StringBuilder();
		for (int i = 0; i < DEPUTIES; i++) {
			String name = "" + SURNAMES.charAt(names.nextInt(SURNAMES.length())) + GIVEN.charAt(names.nextInt(GIVEN.length()))
					+ (names.nextBoolean() ? "" : GIVEN.charAt(names.nextInt(GIVEN.length())));
			deputyNames[i] = name;
			persons.append(firstDeputy + i).append('\t').append(name).append("\t\\N\t汉族\t\\N\t\\N\t\\N\t\\N\t2026-01-01 09:00:00+08\t1\n");
		}
		rows += copy(pg, "directory_person (id, name, gender, ethnicity, occupation, id_number, mobile, birth_date, "
				+ "created_at, version)", persons);
		int[] seq = new int[YEARS];
		Tables t = new Tables();
		for (long id = 1; id <= count; id++) {
			suggestion(id, seq, t);
			if (id % CHUNK == 0 || id == count) {
				rows += t.flush(pg);
				c.commit();
			}
		}
		try (Statement s = c.createStatement()) {
			for (String table : List.of("directory_organization", "directory_person", "suggestions_suggestion")) {
				s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM " + table + "))");
			}
		}
		c.commit();
		c.setAutoCommit(true);
		return rows;
	}

	/** The seven child tables and the suggestion table of one chunk, as COPY text. */
	private static final class Tables {

		final StringBuilder suggestion = new StringBuilder();
		final StringBuilder coSigner = new StringBuilder();
		final StringBuilder assignment = new StringBuilder();
		final StringBuilder answer = new StringBuilder();
		final StringBuilder feedback = new StringBuilder();
		final StringBuilder timeline = new StringBuilder();

		long flush(PGConnection pg) throws SQLException {
			long n = copy(pg, "suggestions_suggestion (id, session_year, seq, number, title, body, category, lead_deputy_id, "
					+ "state, round, key_suggestion, reject_reason, merged_into_id, drafted_on, submitted_on, assigned_on, "
					+ "answer_due, answered_on, feedback_due, closed_on, implemented, version)", suggestion);
			n += copy(pg, "suggestions_co_signer (suggestion_id, idx, person_id)", coSigner);
			n += copy(pg, "suggestions_assignment (suggestion_id, idx, organization_id, role, status, assigned_on, due_date)",
					assignment);
			n += copy(pg, "suggestions_answer (suggestion_id, idx, organization_id, round, category, text, answered_on)", answer);
			n += copy(pg, "suggestions_feedback (suggestion_id, idx, round, person_id, rating, rated_on)", feedback);
			n += copy(pg, "suggestions_timeline (suggestion_id, idx, kind, occurred_on, recorded_at)", timeline);
			for (StringBuilder b : List.of(suggestion, coSigner, assignment, answer, feedback, timeline)) {
				b.setLength(0);
			}
			return n;
		}
	}

	private static final String[] PAST = { "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED",
			"CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "FOLLOW_UP", "REJECTED", "MERGED",
			"WITHDRAWN" };
	private static final String[] CURRENT = { "DRAFT", "SUBMITTED", "ACCEPTED", "ASSIGNED", "ASSIGNED", "ASSIGNED", "ASSIGNED",
			"ASSIGNED", "ASSIGNED", "ANSWERED", "ANSWERED", "ANSWERED", "DISSATISFIED", "REOPENED", "FOLLOW_UP", "CLOSED", "CLOSED",
			"CLOSED", "CLOSED", "REJECTED" };

	private void suggestion(long id, int[] seq, Tables t) {
		Random r = new Random(seed * 31 + id);
		int y = r.nextInt(YEARS);
		int year = FIRST_YEAR + y;
		String state = (y == YEARS - 1 ? CURRENT : PAST)[r.nextInt(20)];
		int deputy = r.nextInt(DEPUTIES);
		Texts.Theme theme = Texts.theme(r);
		Texts.Slots slots = new Texts.Slots(r, year, deputyNames[deputy]);
		String title = Texts.title(theme, r, slots);
		slots.title = title;
		String body = Texts.body(theme, r, slots);
		boolean draft = "DRAFT".equals(state);
		Integer number = draft ? null : ++seq[y];
		LocalDate drafted = LocalDate.of(year, 1, 5).plusDays(r.nextInt(40));
		LocalDate submitted = draft ? null : drafted.plusDays(r.nextInt(10));
		boolean assigned = List.of("ASSIGNED", "ANSWERED", "DISSATISFIED", "REOPENED", "FOLLOW_UP", "CLOSED").contains(state);
		boolean answered = assigned && !"ASSIGNED".equals(state);
		boolean rated = answered && !"ANSWERED".equals(state);
		LocalDate assignedOn = assigned ? submitted.plusDays(15 + r.nextInt(15)) : null;
		LocalDate due = assigned ? assignedOn.plusMonths(3) : null;
		LocalDate answeredOn = answered ? assignedOn.plusDays(30 + r.nextInt(55)) : null;
		LocalDate feedbackDue = answered ? answeredOn.plusDays(21) : null;
		LocalDate ratedOn = rated ? answeredOn.plusDays(3 + r.nextInt(15)) : null;
		LocalDate closedOn = "CLOSED".equals(state) ? ratedOn.plusDays(r.nextInt(30)) : null;
		int lead = r.nextInt(4) == 0 ? Texts.DISTRICT_UNITS + r.nextInt(Texts.UNITS.length - Texts.DISTRICT_UNITS) : theme.unit();
		String unitName = Texts.UNITS[lead];
		String category = answered ? (("FOLLOW_UP".equals(state)) ? (r.nextBoolean() ? "B" : "C") : "ABD".substring(r.nextInt(3)).substring(0, 1)) : null;
		t.suggestion.append(id).append('\t').append(year).append('\t').append(nul(number)).append('\t')
			.append(number == null ? "\\N" : year + "-" + String.format("%04d", number)).append('\t').append(title).append('\t')
			.append(body).append('\t').append(theme.category()).append('\t').append(firstDeputy + deputy).append('\t')
			.append(state).append('\t').append(1).append('\t').append(r.nextInt(50) == 0 ? "t" : "f").append('\t')
			.append("REJECTED".equals(state) ? "属于工作意见，不作为代表建议立案" : "\\N").append('\t')
			.append("MERGED".equals(state) && id > 1 ? String.valueOf(1 + r.nextInt((int) id - 1)) : "\\N").append('\t')
			.append(drafted).append('\t').append(nul(submitted)).append('\t').append(nul(assignedOn)).append('\t')
			.append("ASSIGNED".equals(state) || "REOPENED".equals(state) ? nul(due) : "\\N").append('\t').append(nul(answeredOn))
			.append('\t').append("ANSWERED".equals(state) ? nul(feedbackDue) : "\\N").append('\t').append(nul(closedOn))
			.append('\t').append("CLOSED".equals(state) && !"A".equals(category) ? "t" : "f").append("\t1\n");
		int coSigners = draft ? 0 : r.nextInt(4);
		for (int i = 0; i < coSigners; i++) {
			t.coSigner.append(id).append('\t').append(i).append('\t').append(firstDeputy + r.nextInt(DEPUTIES)).append('\n');
		}
		int tl = 0;
		tl = timeline(t, id, tl, "DRAFTED", drafted);
		if (submitted != null) {
			tl = timeline(t, id, tl, "SUBMITTED", submitted);
			if (!"SUBMITTED".equals(state) && !"WITHDRAWN".equals(state)) {
				tl = timeline(t, id, tl, "REJECTED".equals(state) ? "REJECTED" : "MERGED".equals(state) ? "MERGED" : "ACCEPTED",
						submitted.plusDays(5));
			}
		}
		if (assigned) {
			tl = timeline(t, id, tl, "ASSIGNED", assignedOn);
			t.assignment.append(id).append("\t0\t").append(Texts.UNITS.length > lead ? lead + 1 : 1).append("\tLEAD\tACTIVE\t")
				.append(assignedOn).append('\t').append(due).append('\n');
			assignments++;
			int co = r.nextInt(3);
			for (int i = 0; i < co; i++) {
				int unit = r.nextInt(Texts.UNITS.length);
				if (unit == lead) {
					continue;
				}
				t.assignment.append(id).append('\t').append(i + 1).append('\t').append(unit + 1).append("\tCO\tACTIVE\t")
					.append(assignedOn).append('\t').append(assignedOn.plusMonths(1)).append('\n');
				assignments++;
			}
		}
		if (answered) {
			t.answer.append(id).append("\t0\t").append(lead + 1).append("\t1\t").append(category).append('\t')
				.append(Texts.answer(theme, r, slots, unitName)).append('\t').append(answeredOn).append('\n');
			answers++;
			tl = timeline(t, id, tl, "ANSWERED", answeredOn);
		}
		if (rated) {
			String rating = "DISSATISFIED".equals(state) || "REOPENED".equals(state) ? "DISSATISFIED"
					: r.nextInt(5) == 0 ? "BASICALLY_SATISFIED" : "SATISFIED";
			t.feedback.append(id).append("\t0\t1\t").append(firstDeputy + deputy).append('\t').append(rating).append('\t')
				.append(ratedOn).append('\n');
			tl = timeline(t, id, tl, "RATED", ratedOn);
		}
		if (closedOn != null) {
			timeline(t, id, tl, "CLOSED", closedOn);
		}
	}

	private static int timeline(Tables t, long id, int idx, String kind, LocalDate on) {
		t.timeline.append(id).append('\t').append(idx).append('\t').append(kind).append('\t').append(on).append('\t').append(on)
			.append(" 10:00:00+08\n");
		return idx + 1;
	}

	/** A new draft like those of the data (not stored): title and text for the similarity lookup. */
	String[] draft(long n) {
		Random r = new Random(seed * 17 + 1_000_003L * n);
		Texts.Theme theme = Texts.theme(r);
		Texts.Slots slots = new Texts.Slots(r, FIRST_YEAR + YEARS - 1, deputyNames[r.nextInt(DEPUTIES)]);
		String title = Texts.title(theme, r, slots);
		return new String[] { title, Texts.body(theme, r, slots) };
	}

	private static long copy(PGConnection pg, String target, StringBuilder rows) throws SQLException {
		if (rows.isEmpty()) {
			return 0;
		}
		try {
			return pg.getCopyAPI().copyIn("COPY " + target + " FROM STDIN", new StringReader(rows.toString()));
		}
		catch (IOException e) {
			throw new SQLException(e);
		}
	}

	private static String nul(Object o) {
		return o == null ? "\\N" : o.toString();
	}

	/** The bench accounts: staff of the deputies' affairs commission, and an administrator for the rebuild. */
	static void account(Connection c, String username, String passwordHash, String role, String office) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts_account (username, password_hash, display_name,"
				+ " role, office_code, enabled, created_at, version) VALUES (?, ?, '基准测试员', ?, ?, TRUE, now(), 0)")) {
			ps.setString(1, username);
			ps.setString(2, passwordHash);
			ps.setString(3, role);
			ps.setString(4, office);
			ps.executeUpdate();
		}
	}
}
