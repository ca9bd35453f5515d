package org.lvzhi.petitions.statistics;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.petitions.handling.PetitionList;
import org.lvzhi.petitions.handling.Timeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The petitions of a year counted by category, area, handling body, route and timeliness. Each
 * count is a filter of the office's list, so that every number opens the petitions behind it.
 * Nothing personal is counted or shown.
 */
@Service
class PetitionStatistics {

	/** One row of a table: what is counted ({@code null}: not given), and how many. */
	record Count(String value, long count) {
	}

	record Year(int year, long total, List<Count> categories, List<Count> areas, List<Count> bodies,
			List<Count> routes, List<Count> timeliness) {
	}

	private final JdbcClient jdbc;

	PetitionStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Year of(int year, LocalDate today) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		long total = jdbc.sql("SELECT COUNT(*) FROM petitions_petition p WHERE p.received_on BETWEEN :from AND :to")
			.param("from", from).param("to", to).query(Long.class).single();
		return new Year(year, total, by("p.category", from, to, today), by("p.area", from, to, today),
				by("p.handling_body", from, to, today), by("p.route", from, to, today),
				by(timelinessSql(), from, to, today));
	}

	static String timelinessSql() {
		return PetitionList.timelinessSql();
	}

	private List<Count> by(String expression, LocalDate from, LocalDate to, LocalDate today) {
		// Most frequent first; ties by name, so that the table reads the same on H2 and PostgreSQL.
		return jdbc.sql("SELECT " + expression + " AS v, COUNT(*) AS n FROM petitions_petition p"
				+ " WHERE p.received_on BETWEEN :from AND :to GROUP BY 1 ORDER BY 2 DESC, 1")
			.param("from", from).param("to", to).param("today", today)
			.query((rs, i) -> new Count(rs.getString("v"), rs.getLong("n")))
			.list();
	}

	static List<Timeliness> timelinessValues() {
		return List.of(Timeliness.values());
	}
}
