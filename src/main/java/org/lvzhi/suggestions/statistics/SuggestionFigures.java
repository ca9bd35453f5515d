package org.lvzhi.suggestions.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.lvzhi.suggestions.SuggestionAccess;
import org.lvzhi.suggestions.SuggestionState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;

/**
 * The annual report's suggestion figures, counted from the suggestions closed in the year: all of
 * them handled to closure (办结), and the key suggestions carried out (落实). A rejected
 * submission also has a closing date but was never handled, so only the state CLOSED counts.
 */
@Configuration(proxyBeanMethods = false)
class SuggestionFigures {

	@Bean
	Figure suggestionsClosedFigure(JdbcClient jdbc, SuggestionAccess access) {
		return new ClosedFigure(jdbc, access, "suggestions_closed", 46, "");
	}

	@Bean
	Figure keySuggestionsImplementedFigure(JdbcClient jdbc, SuggestionAccess access) {
		return new ClosedFigure(jdbc, access, "key_suggestions_implemented", 47,
				" AND s.key_suggestion = TRUE AND s.implemented = TRUE");
	}

	/** Suggestions closed in the calendar year, narrowed by {@code extra}; the date is the closing date. */
	record ClosedFigure(JdbcClient jdbc, SuggestionAccess access, String key, int order, String extra)
			implements Figure {

		private static final String WHERE = " FROM suggestions_suggestion s WHERE s.state = 'CLOSED'"
				+ " AND s.closed_on >= :from AND s.closed_on < :to";

		public long value(int year) {
			return jdbc.sql("SELECT COUNT(*)" + WHERE + extra).param("from", LocalDate.of(year, 1, 1))
				.param("to", LocalDate.of(year + 1, 1, 1)).query(Long.class).single();
		}

		public List<FigureRecord> records(int year) {
			return jdbc.sql("SELECT s.id, s.number, s.title, s.state, s.closed_on" + WHERE + extra
					+ " ORDER BY s.closed_on, s.session_year, s.seq")
				.param("from", LocalDate.of(year, 1, 1))
				.param("to", LocalDate.of(year + 1, 1, 1))
				.query((rs, n) -> {
					long id = rs.getLong("id");
					boolean published = SuggestionState.valueOf(rs.getString("state")).isPublished();
					String title = rs.getString("number") + " " + rs.getString("title");
					LocalDate on = rs.getObject("closed_on", LocalDate.class);
					return published ? FigureRecord.onPublicPage(String.valueOf(id), title, on, "/public/suggestions/" + id)
							: FigureRecord.withheld(String.valueOf(id), title, rs.getString("number"), on, "/suggestions/" + id);
				})
				.list();
		}

		public OptionalInt latestYear() {
			return jdbc.sql("SELECT MAX(s.closed_on) FROM suggestions_suggestion s WHERE s.state = 'CLOSED'" + extra)
				.query((rs, n) -> rs.getObject(1, LocalDate.class)).list().stream()
				.filter(java.util.Objects::nonNull).mapToInt(LocalDate::getYear).findFirst();
		}

		/** The commission's staff open the suggestion's own page; everybody else only its public page. */
		public boolean mayOpen(FigureRecord record, Authentication reader) {
			return access.isOffice(reader);
		}
	}
}
