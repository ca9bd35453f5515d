package org.lvzhi.suggestions.numbering;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the next number of a year for suggestions and bills. The counter row is incremented in the
 * caller's transaction, so a second submit of the same year waits on the row lock until the first
 * commits or rolls back, and can never read the same number; a rolled-back submit gives its number
 * back.
 */
@Component
public class YearCounter {

	/** What is numbered, and the table whose numbers a new year's counter starts from. */
	public enum Kind {
		SUGGESTION("suggestions_suggestion"), BILL("suggestions_bill");

		private final String table;

		Kind(String table) {
			this.table = table;
		}
	}

	private final JdbcClient jdbc;

	YearCounter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public int next(Kind kind, int year) {
		if (increment(kind, year) == 0) {
			// First number of the year: start from what is stored (records from before the counter).
			// ON CONFLICT: a concurrent first submit may create the row; then it is simply used.
			jdbc.sql("INSERT INTO suggestions_counter (kind, session_year, last_value) VALUES (:kind, :year, "
					+ "(SELECT COALESCE(MAX(seq), 0) FROM " + kind.table + " WHERE session_year = :year)) ON CONFLICT DO NOTHING")
				.param("kind", kind.name()).param("year", year).update();
			increment(kind, year);
		}
		return jdbc.sql("SELECT last_value FROM suggestions_counter WHERE kind = :kind AND session_year = :year")
			.param("kind", kind.name()).param("year", year).query(Integer.class).single();
	}

	private int increment(Kind kind, int year) {
		return jdbc.sql("UPDATE suggestions_counter SET last_value = last_value + 1 WHERE kind = :kind AND session_year = :year")
			.param("kind", kind.name()).param("year", year).update();
	}
}
