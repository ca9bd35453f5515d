package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to suggestions for pages and other modules. Scope is the caller's duty: lists take
 * the unit or deputy to restrict to; {@link SuggestionAccess} says who may open one.
 */
@Service
@Transactional(readOnly = true)
public class Suggestions {

	private static final String LEAD_UNIT = "(SELECT MIN(a.organization_id) FROM suggestions_assignment a WHERE a.suggestion_id = s.id AND a.status <> 'RETURNED' AND a.role <> 'CO')";

	private final SuggestionRepository repository;
	private final JdbcClient jdbc;
	private final SuggestionDeadlines deadlines;
	private final SuggestionSettings settings;
	private final SuggestionRows rows;

	Suggestions(SuggestionRepository repository, JdbcClient jdbc, SuggestionDeadlines deadlines,
			SuggestionSettings settings, SuggestionRows rows) {
		this.rows = rows;
		this.repository = repository;
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.settings = settings;
	}

	public Optional<Suggestion> get(SuggestionId id) {
		return rows.load(id.value());
	}

	/**
	 * The suggestion with this number (e.g. {@code 2023-0012}) or, for older links, this system ID.
	 *
	 * @throws SuggestionException naming the text when there is none
	 */
	public SuggestionId numbered(String text) {
		String t = text == null ? "" : text.strip();
		Optional<Long> id = t.matches("\\d{1,18}") ? Optional.of(Long.valueOf(t)).filter(repository::existsById)
				: jdbc.sql("SELECT id FROM suggestions_suggestion WHERE number = :n").param("n", t).query(Long.class).optional();
		return id.map(SuggestionId::new).orElseThrow(() -> new SuggestionException("suggestions.error.unknownNumber", t));
	}

	/**
	 * Suggestions matching the query (drafts only when a deputy is given), newest first; pages from 1.
	 * The total stops counting at {@link Page#countCap}: past that the pager says "or more".
	 */
	public Page<SuggestionListItem> find(SuggestionQuery query, int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		long total = countCapped(where, params, Page.countCap(page, size));
		var spec = jdbc.sql("SELECT s.id, s.number, s.session_year, s.title, s.category, s.state, s.key_suggestion, s.lead_deputy_id, "
				+ LEAD_UNIT + " AS lead_unit, s.submitted_on, s.answer_due, s.feedback_due FROM suggestions_suggestion s"
				+ where + " ORDER BY s.session_year DESC, s.seq DESC NULLS FIRST, s.id DESC LIMIT :limit OFFSET :offset");
		for (var p : params.entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		LocalDate today = deadlines.today();
		List<SuggestionListItem> items = spec.param("limit", size).param("offset", Page.offset(page, size))
			.query((rs, n) -> {
				SuggestionState state = SuggestionState.valueOf(rs.getString("state"));
				LocalDate answerDue = rs.getObject("answer_due", LocalDate.class);
				LocalDate due = state.isHandling() ? answerDue : rs.getObject("feedback_due", LocalDate.class);
				return new SuggestionListItem(rs.getLong("id"), rs.getString("number"), rs.getInt("session_year"),
						rs.getString("title"), rs.getString("category"), state, rs.getBoolean("key_suggestion"),
						rs.getLong("lead_deputy_id"), rs.getObject("lead_unit", Long.class),
						rs.getObject("submitted_on", LocalDate.class), due,
						state.isHandling() && answerDue != null && answerDue.isBefore(today));
			})
			.list();
		return Page.withCappedTotal(items, page, size, total);
	}

	private long countCapped(String where, Map<String, Object> params, int cap) {
		var spec = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM suggestions_suggestion s" + where + " LIMIT :cap) c");
		for (var p : params.entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		return spec.param("cap", cap).query(Long.class).single();
	}

	public long count(SuggestionQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		return count(where(query, params), params);
	}

	private long count(String where, Map<String, Object> params) {
		var spec = jdbc.sql("SELECT COUNT(*) FROM suggestions_suggestion s" + where);
		for (var p : params.entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		return spec.query(Long.class).single();
	}

	private String where(SuggestionQuery q, Map<String, Object> params) {
		List<String> clauses = new ArrayList<>();
		if (q.deputy() == null) {
			clauses.add("s.state <> 'DRAFT'");
		}
		else {
			clauses.add("(s.lead_deputy_id = :deputy OR (s.state <> 'DRAFT' AND EXISTS (SELECT 1 FROM suggestions_co_signer c WHERE c.suggestion_id = s.id AND c.person_id = :deputy)))");
			params.put("deputy", q.deputy().value());
		}
		if (q.state() != null) {
			clauses.add("s.state = :state");
			params.put("state", q.state().name());
		}
		if (q.unit() != null) {
			clauses.add("EXISTS (SELECT 1 FROM suggestions_assignment a WHERE a.suggestion_id = s.id AND a.organization_id = :unit AND a.status <> 'RETURNED')");
			params.put("unit", q.unit().value());
		}
		if (q.category() != null && !q.category().isBlank()) {
			clauses.add("s.category = :category");
			params.put("category", q.category());
		}
		if (q.key() != null) {
			clauses.add("s.key_suggestion = :key");
			params.put("key", q.key());
		}
		if (Boolean.TRUE.equals(q.overdue())) {
			clauses.add("s.state IN ('ASSIGNED', 'REOPENED') AND s.answer_due < :today");
			params.put("today", deadlines.today());
		}
		if (q.year() != null) {
			clauses.add("s.session_year = :year");
			params.put("year", q.year());
		}
		if (q.text() != null && !q.text().isBlank()) {
			clauses.add("LOWER(s.title) LIKE :text");
			params.put("text", "%" + q.text().strip().toLowerCase().replace("%", "").replace("_", "") + "%");
		}
		return " WHERE " + String.join(" AND ", clauses);
	}

	/** Answered suggestions, for the public pages. */
	public Page<SuggestionListItem> published(String text, int page, int size) {
		return findIn(SuggestionState.PUBLISHED.stream().map(Enum::name).toList(), text, page, size);
	}

	private Page<SuggestionListItem> findIn(List<String> states, String text, int page, int size) {
		List<SuggestionListItem> all = new ArrayList<>();
		long total = 0;
		// Few states: one query per state keeps the SQL identical on H2 and PostgreSQL.
		for (String state : states) {
			SuggestionQuery q = new SuggestionQuery(SuggestionState.valueOf(state), null, null, null, null, null, text, null);
			total += count(q);
			all.addAll(find(q, 1, page * size).items());
		}
		all.sort((a, b) -> Long.compare(b.id(), a.id()));
		int from = Math.min(all.size(), Page.offset(page, size));
		return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, total);
	}

	/**
	 * The suggestions among {@code ids}, still being handled, on which {@code unit} has done its part:
	 * answered the current round, or, co-handling, sent its view. Their rows on the unit's workbench
	 * show that rather than the suggestion's 办理中 (see {@link Suggestion#progressOf}).
	 */
	public Map<Long, Assignment.Progress> doneBy(OrganizationId unit, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Assignment.Progress> done = new HashMap<>();
		jdbc.sql("""
				SELECT s.id, a.role FROM suggestions_suggestion s
				JOIN suggestions_assignment a ON a.suggestion_id = s.id AND a.organization_id = :unit AND a.status = 'ACTIVE'
				WHERE s.id IN (:ids) AND s.state IN ('ASSIGNED', 'REOPENED')
				  AND ((a.role <> 'CO' AND EXISTS (SELECT 1 FROM suggestions_answer x WHERE x.suggestion_id = s.id
				                                   AND x.organization_id = :unit AND x.round = s.round))
				    OR (a.role = 'CO' AND EXISTS (SELECT 1 FROM suggestions_co_view v WHERE v.suggestion_id = s.id
				                                  AND v.organization_id = :unit)))""")
			.param("unit", unit.value()).param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong(1), AssignmentRole.valueOf(rs.getString(2)).answers()
					? Assignment.Progress.ANSWERED : Assignment.Progress.VIEW_SENT))
			.list()
			.forEach(e -> done.put(e.getKey(), e.getValue()));
		return done;
	}

	/**
	 * For the suggestions among {@code ids} that {@code unit} still has to answer in their current
	 * round, what it owes before it may (see {@link Suggestion#readiness}); three queries for a page.
	 */
	public Map<Long, AnswerReadiness> readiness(OrganizationId unit, Collection<Long> ids, LocalDate on) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Long> open = jdbc.sql("""
				SELECT a.suggestion_id FROM suggestions_assignment a JOIN suggestions_suggestion s ON s.id = a.suggestion_id
				WHERE a.organization_id = :unit AND a.status <> 'RETURNED' AND a.role <> 'CO'
				  AND s.state IN ('ASSIGNED', 'REOPENED') AND a.suggestion_id IN (:ids)
				  AND NOT EXISTS (SELECT 1 FROM suggestions_answer x WHERE x.suggestion_id = s.id
				                  AND x.organization_id = :unit AND x.round = s.round)""")
			.param("unit", unit.value()).param("ids", ids).query(Long.class).list();
		if (open.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<ContactStage>> logged = new HashMap<>();
		jdbc.sql("SELECT suggestion_id, stage FROM suggestions_contact WHERE organization_id = :unit AND suggestion_id IN (:ids)")
			.param("unit", unit.value()).param("ids", open)
			.query((rs, n) -> Map.entry(rs.getLong(1), ContactStage.valueOf(rs.getString(2)))).list()
			.forEach(e -> logged.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<Long, List<OrganizationId>> awaited = new HashMap<>();
		jdbc.sql("""
				SELECT a.suggestion_id, a.organization_id FROM suggestions_assignment a
				WHERE a.suggestion_id IN (:ids) AND a.role = 'CO' AND a.status <> 'RETURNED' AND a.due_date >= :on
				  AND NOT EXISTS (SELECT 1 FROM suggestions_co_view v WHERE v.suggestion_id = a.suggestion_id
				                  AND v.organization_id = a.organization_id)
				ORDER BY a.suggestion_id, a.idx""")
			.param("ids", open).param("on", on)
			.query((rs, n) -> Map.entry(rs.getLong(1), new OrganizationId(rs.getLong(2)))).list()
			.forEach(e -> awaited.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<Long, AnswerReadiness> result = new HashMap<>();
		for (Long id : open) {
			List<ContactStage> have = logged.getOrDefault(id, List.of());
			List<ContactStage> missing = AnswerReadiness.missing(settings.requiredContacts(), have);
			result.put(id, new AnswerReadiness(missing, awaited.getOrDefault(id, List.of())));
		}
		return result;
	}

	/**
	 * The session year's submitted suggestions by category, most first, with those whose answer a
	 * deputy rated dissatisfied: what other modules read to find where deputies' concerns gather.
	 */
	public List<SuggestionCategoryCount> byCategory(int year) {
		return jdbc.sql("""
				SELECT s.category, COUNT(*) AS n,
				  SUM(CASE WHEN EXISTS (SELECT 1 FROM suggestions_feedback f WHERE f.suggestion_id = s.id
				                        AND f.rating = 'DISSATISFIED') THEN 1 ELSE 0 END) AS d
				FROM suggestions_suggestion s WHERE s.session_year = :year AND s.state <> 'DRAFT'
				GROUP BY s.category ORDER BY n DESC, s.category""")
			.param("year", year)
			.query((rs, n) -> new SuggestionCategoryCount(rs.getString("category"), rs.getLong("n"), rs.getLong("d")))
			.list();
	}

	/**
	 * Bills filed (numbered) on a day from {@code from} to {@code to} (either may be null: no bound),
	 * with the deputies who signed them, in ID order after {@code after} (null: from the first), at
	 * most {@code limit}: a keyset page, so that all bills of many years can be read in steps. A bill
	 * withdrawn or decided later is still listed: it was filed. Two queries a page.
	 */
	public List<FiledBill> billsFiled(LocalDate from, LocalDate to, BillId after, int limit) {
		StringBuilder sql = new StringBuilder("""
				SELECT id, number, title, session_year, filed_on, lead_deputy_id FROM suggestions_bill
				WHERE filed_on IS NOT NULL AND number IS NOT NULL AND id > :after""");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("after", after == null ? 0L : after.value());
		if (from != null) {
			sql.append(" AND filed_on >= :from");
			params.put("from", from);
		}
		if (to != null) {
			sql.append(" AND filed_on <= :to");
			params.put("to", to);
		}
		sql.append(" ORDER BY id LIMIT :limit");
		params.put("limit", limit);
		var spec = jdbc.sql(sql.toString());
		for (var p : params.entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		record Row(long id, String number, String title, int year, LocalDate filedOn, long lead) {
		}
		List<Row> bills = spec.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
				rs.getInt("session_year"), rs.getObject("filed_on", LocalDate.class), rs.getLong("lead_deputy_id")))
			.list();
		if (bills.isEmpty()) {
			return List.of();
		}
		Map<Long, List<PersonId>> signers = new HashMap<>();
		jdbc.sql("""
				SELECT bill_id, person_id FROM suggestions_bill_signer
				WHERE bill_id IN (:ids) AND signed_on IS NOT NULL ORDER BY bill_id, idx""")
			.param("ids", bills.stream().map(Row::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong(1), new PersonId(rs.getLong(2)))).list()
			.forEach(e -> signers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return bills.stream()
			.map(b -> new FiledBill(new BillId(b.id()), b.number(), b.title(), b.year(), b.filedOn(),
					new PersonId(b.lead()), signers.getOrDefault(b.id(), List.of())))
			.toList();
	}

	/**
	 * Submitted suggestions that still count as suggestions (withdrawn and merged ones included,
	 * drafts and those returned as not a suggestion left out), in order of their system ID, by
	 * keyset: the page after {@code after} ({@code null} for the first).
	 */
	public List<SubmittedSuggestion> submittedAfter(SuggestionId after, int limit) {
		record Row(long id, String number, String title, int year, LocalDate submittedOn, long lead) {
		}
		List<Row> found = jdbc.sql("""
				SELECT id, number, title, session_year, submitted_on, lead_deputy_id FROM suggestions_suggestion
				WHERE number IS NOT NULL AND submitted_on IS NOT NULL AND state NOT IN ('DRAFT', 'REJECTED')
				AND id > :after ORDER BY id LIMIT :limit""")
			.param("after", after == null ? 0L : after.value())
			.param("limit", limit)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
					rs.getInt("session_year"), rs.getObject("submitted_on", LocalDate.class), rs.getLong("lead_deputy_id")))
			.list();
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<PersonId>> coSigners = new HashMap<>();
		jdbc.sql("SELECT suggestion_id, person_id FROM suggestions_co_signer WHERE suggestion_id IN (:ids) ORDER BY suggestion_id, idx")
			.param("ids", found.stream().map(Row::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong(1), new PersonId(rs.getLong(2)))).list()
			.forEach(e -> coSigners.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return found.stream()
			.map(r -> new SubmittedSuggestion(new SuggestionId(r.id()), new PersonId(r.lead()),
					coSigners.getOrDefault(r.id(), List.of()), r.number(), r.year(), r.submittedOn(), r.title()))
			.toList();
	}

	/** Suggestions of a deputy not yet closed, rejected, withdrawn or merged. */
	public long countOpen(PersonId deputy) {
		return jdbc.sql("SELECT COUNT(*) FROM suggestions_suggestion WHERE lead_deputy_id = :d AND state NOT IN ('CLOSED', 'REJECTED', 'WITHDRAWN', 'MERGED')")
			.param("d", deputy.value()).query(Long.class).single();
	}

	/** Suggestions a unit still has to answer (or send its view on). */
	public long countToAnswer(OrganizationId unit) {
		return count(SuggestionQuery.all().withUnit(unit).withState(SuggestionState.ASSIGNED))
				+ count(SuggestionQuery.all().withUnit(unit).withState(SuggestionState.REOPENED));
	}

	public long countOverdue(OrganizationId unitOrNull) {
		return count(SuggestionQuery.all().withUnit(unitOrNull).withOverdue(true));
	}
}
