package org.lvzhi.suggestions.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lvzhi.suggestions.SuggestionState;

/**
 * The suggestions behind one number of the statistics: those of a session year (drafts never
 * count), narrowed by a measure and optionally by state, lead unit and category.
 */
record StatisticsFilter(int year, Measure measure, SuggestionState state, Long unit, String category) {

	/** What a number counts. */
	enum Measure {
		/** Every suggestion of the year. */
		ALL,
		/** Answered at least once. */
		ANSWERED,
		/** Answered, every answer of its latest round on or before the due date of that round. */
		ON_TIME,
		/** Answered, some answer of its latest round after the due date of that round. */
		LATE,
		/** Rated after the first answer. */
		RATED_FIRST,
		/** Rated 满意 or 基本满意 after the first answer. */
		SATISFIED_FIRST,
		/** Rated 不满意 after the first answer. */
		DISSATISFIED_FIRST,
		/** Rated at all; the latest rating counts, i.e. the one after re-handling where there was one. */
		RATED_FINAL,
		/** Latest rating 满意 or 基本满意. */
		SATISFIED_FINAL,
		/** 重点建议. */
		KEY;
	}

	static final String LEAD_UNIT = "(SELECT MIN(a.organization_id) FROM suggestions_assignment a WHERE a.suggestion_id = s.id AND a.status <> 'RETURNED' AND a.role <> 'CO')";

	private static final String ANSWERED = "EXISTS (SELECT 1 FROM suggestions_answer x WHERE x.suggestion_id = s.id)";
	private static final String LATE_ANSWER = "EXISTS (SELECT 1 FROM suggestions_answer x JOIN suggestions_assignment a"
			+ " ON a.suggestion_id = x.suggestion_id AND a.organization_id = x.organization_id"
			+ " WHERE x.suggestion_id = s.id AND a.status <> 'RETURNED' AND a.role <> 'CO' AND x.answered_on > a.due_date"
			+ " AND x.round = (SELECT MAX(y.round) FROM suggestions_answer y WHERE y.suggestion_id = s.id))";
	private static final String GOOD = "('SATISFIED', 'BASICALLY_SATISFIED')";
	private static final String LATEST_ROUND = "f.round = (SELECT MAX(g.round) FROM suggestions_feedback g WHERE g.suggestion_id = s.id)";

	StatisticsFilter {
		measure = measure == null ? Measure.ALL : measure;
		category = category == null || category.isBlank() ? null : category;
	}

	static StatisticsFilter of(int year, Measure measure) {
		return new StatisticsFilter(year, measure, null, null, null);
	}

	/** The WHERE clause, its parameters put into {@code params}. */
	String where(Map<String, Object> params) {
		List<String> clauses = new ArrayList<>();
		clauses.add("s.state <> 'DRAFT'");
		clauses.add("s.session_year = :year");
		params.put("year", year);
		if (state != null) {
			clauses.add("s.state = :state");
			params.put("state", state.name());
		}
		if (unit != null) {
			clauses.add(LEAD_UNIT + " = :unit");
			params.put("unit", unit);
		}
		if (category != null) {
			clauses.add("s.category = :category");
			params.put("category", category);
		}
		String clause = switch (measure) {
			case ALL -> null;
			case ANSWERED -> ANSWERED;
			case ON_TIME -> ANSWERED + " AND NOT " + LATE_ANSWER;
			case LATE -> LATE_ANSWER;
			case RATED_FIRST -> feedback("f.round = 1");
			case SATISFIED_FIRST -> feedback("f.round = 1 AND f.rating IN " + GOOD);
			case DISSATISFIED_FIRST -> feedback("f.round = 1 AND f.rating = 'DISSATISFIED'");
			case RATED_FINAL -> feedback("1 = 1");
			case SATISFIED_FINAL -> feedback(LATEST_ROUND + " AND f.rating IN " + GOOD);
			case KEY -> "s.key_suggestion = TRUE";
		};
		if (clause != null) {
			clauses.add(clause);
		}
		return " WHERE " + String.join(" AND ", clauses);
	}

	private static String feedback(String condition) {
		return "EXISTS (SELECT 1 FROM suggestions_feedback f WHERE f.suggestion_id = s.id AND " + condition + ")";
	}

	/** The page of the list behind the number. */
	public String link() {
		var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/suggestions/statistics/list")
			.queryParam("year", year).queryParam("measure", measure.name());
		if (state != null) {
			uri.queryParam("state", state.name());
		}
		if (unit != null) {
			uri.queryParam("unit", unit);
		}
		if (category != null) {
			uri.queryParam("category", category);
		}
		return uri.encode().build().toUriString();
	}

	StatisticsFilter with(SuggestionState s) {
		return new StatisticsFilter(year, measure, s, unit, category);
	}

	StatisticsFilter withUnit(Long u) {
		return new StatisticsFilter(year, measure, state, u, category);
	}

	StatisticsFilter withCategory(String c) {
		return new StatisticsFilter(year, measure, state, unit, c);
	}
}
