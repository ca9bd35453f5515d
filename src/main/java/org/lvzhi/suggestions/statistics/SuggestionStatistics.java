package org.lvzhi.suggestions.statistics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.platform.Page;
import org.lvzhi.suggestions.SuggestionDeadlines;
import org.lvzhi.suggestions.SuggestionListItem;
import org.lvzhi.suggestions.SuggestionState;
import org.lvzhi.suggestions.statistics.StatisticsFilter.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the suggestions of a session year by state, lead unit and category, with the on-time
 * answer rate and the satisfaction rates. Every number and its list come from the same
 * {@link StatisticsFilter}, so a number always equals the length of the list it opens.
 */
@Service
@Transactional(readOnly = true)
class SuggestionStatistics {

	/** One line of a table: what it counts, how many, and the filter of its list. */
	record Row(String label, long count, StatisticsFilter filter) {
	}

	/** A share: {@code part} of {@code whole}, each with the filter of its list. */
	record Rate(Row part, Row whole) {

		/** Percent with one decimal, or {@code null} when there is nothing to divide by. */
		public Double percent() {
			return whole.count() == 0 ? null : Math.round(part.count() * 1000.0 / whole.count()) / 10.0;
		}
	}

	record Report(int year, Row total, List<Row> byState, List<Row> byUnit, List<Row> byCategory, Rate onTime,
			Row late, Rate satisfiedFirst, Row dissatisfiedFirst, Rate satisfiedFinal, Row key, List<Row> keyByState,
			List<SuggestionListItem> keySuggestions) {

		/** The largest count of a table, for the width of its bars. */
		public long max(List<Row> rows) {
			return Math.max(1, rows.stream().mapToLong(Row::count).max().orElse(1));
		}
	}

	private final JdbcClient jdbc;
	private final SuggestionDeadlines deadlines;

	SuggestionStatistics(JdbcClient jdbc, SuggestionDeadlines deadlines) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
	}

	Report report(int year) {
		StatisticsFilter all = StatisticsFilter.of(year, Measure.ALL);
		StatisticsFilter key = StatisticsFilter.of(year, Measure.KEY);
		return new Report(year, row("", all), byState(all), byUnit(all), byCategory(all),
				rate(year, Measure.ON_TIME, Measure.ANSWERED), row("", StatisticsFilter.of(year, Measure.LATE)),
				rate(year, Measure.SATISFIED_FIRST, Measure.RATED_FIRST),
				row("", StatisticsFilter.of(year, Measure.DISSATISFIED_FIRST)),
				rate(year, Measure.SATISFIED_FINAL, Measure.RATED_FINAL), row("", key), byState(key),
				list(key, 1, Page.MAX_SIZE).items());
	}

	/** The session years that have suggestions, newest first. */
	List<Integer> years() {
		return jdbc.sql("SELECT DISTINCT session_year FROM suggestions_suggestion WHERE state <> 'DRAFT' ORDER BY session_year DESC")
			.query(Integer.class).list();
	}

	long count(StatisticsFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filter.where(params);
		return bind(jdbc.sql("SELECT COUNT(*) FROM suggestions_suggestion s" + where), params).query(Long.class).single();
	}

	/** The suggestions behind a number, by number; pages from 1. */
	Page<SuggestionListItem> list(StatisticsFilter filter, int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filter.where(params);
		LocalDate today = deadlines.today();
		List<SuggestionListItem> items = bind(jdbc.sql("SELECT s.id, s.number, s.session_year, s.title, s.category, s.state, "
				+ "s.key_suggestion, s.lead_deputy_id, " + StatisticsFilter.LEAD_UNIT + " AS lead_unit, s.submitted_on, "
				+ "s.answer_due, s.feedback_due FROM suggestions_suggestion s" + where
				+ " ORDER BY s.seq, s.id LIMIT :limit OFFSET :offset"), params)
			.param("limit", size).param("offset", Page.offset(page, size))
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
		return new Page<>(items, page, size, count(filter));
	}

	private List<Row> byState(StatisticsFilter base) {
		Map<String, Long> counts = grouped("s.state", base);
		return Arrays.stream(SuggestionState.values()).filter(st -> counts.containsKey(st.name()))
			.map(st -> new Row(st.name(), counts.get(st.name()), base.with(st))).toList();
	}

	private List<Row> byCategory(StatisticsFilter base) {
		return grouped("s.category", base).entrySet().stream()
			.map(e -> new Row(e.getKey(), e.getValue(), base.withCategory(e.getKey()))).toList();
	}

	/** Assigned suggestions by lead unit, most first; those not yet assigned have no lead unit. */
	private List<Row> byUnit(StatisticsFilter base) {
		return grouped(StatisticsFilter.LEAD_UNIT, base).entrySet().stream().filter(e -> e.getKey() != null)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map(e -> new Row(e.getKey(), e.getValue(), base.withUnit(Long.valueOf(e.getKey())))).toList();
	}

	private Map<String, Long> grouped(String expression, StatisticsFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filter.where(params);
		Map<String, Long> counts = new LinkedHashMap<>();
		bind(jdbc.sql("SELECT g, COUNT(*) AS n FROM (SELECT " + expression + " AS g FROM suggestions_suggestion s" + where
				+ ") t GROUP BY g ORDER BY g"), params)
			.query((rs, n) -> counts.put(rs.getString("g"), rs.getLong("n")))
			.list();
		return counts;
	}

	private Rate rate(int year, Measure part, Measure whole) {
		return new Rate(row("", StatisticsFilter.of(year, part)), row("", StatisticsFilter.of(year, whole)));
	}

	private Row row(String label, StatisticsFilter filter) {
		return new Row(label, count(filter), filter);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
		for (var p : params.entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		return spec;
	}
}
