package org.lvzhi.participation.figures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;

import org.lvzhi.participation.questionnaires.ParticipationAccess;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The annual report's questionnaires returned (回收问卷): responses submitted in the year, each
 * listed by its questionnaire and its place among that questionnaire's responses, never by anything
 * of the respondent; linked to the results, public once the office has published them.
 */
@Component
class QuestionnaireFigures implements Figure {

	private final JdbcClient jdbc;
	private final ParticipationAccess access;

	QuestionnaireFigures(JdbcClient jdbc, ParticipationAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	public String key() {
		return "questionnaires_returned";
	}

	@Override
	public int order() {
		return 95;
	}

	@Override
	public long value(int year) {
		return jdbc.sql("SELECT COUNT(*) FROM participation_response WHERE submitted_at >= ? AND submitted_at < ?")
			.params(LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year + 1, 1, 1).atStartOfDay())
			.query(Long.class).single();
	}

	@Override
	public List<FigureRecord> records(int year) {
		return jdbc.sql("""
				SELECT r.id, q.id AS qid, q.title, r.submitted_at, q.results_public FROM participation_response r
				JOIN participation_questionnaire q ON q.id = r.questionnaire_id
				WHERE r.submitted_at >= ? AND r.submitted_at < ? ORDER BY r.submitted_at, r.id""")
			.params(LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year + 1, 1, 1).atStartOfDay())
			.query((rs, n) -> {
				boolean published = rs.getBoolean("results_public");
				long q = rs.getLong("qid");
				String title = rs.getString("title") + " · #" + rs.getLong("id");
				LocalDate on = rs.getObject("submitted_at", LocalDateTime.class).toLocalDate();
				return published ? FigureRecord.onPublicPage(String.valueOf(rs.getLong("id")), title, on,
						"/public/questionnaires/" + q + "/results")
						: new FigureRecord(String.valueOf(rs.getLong("id")), title, on,
								"/participation/questionnaires/" + q + "/results");
			})
			.list();
	}

	@Override
	public OptionalInt latestYear() {
		return jdbc.sql("SELECT MAX(submitted_at) FROM participation_response")
			.query((rs, n) -> rs.getObject(1, LocalDateTime.class)).list().stream()
			.filter(java.util.Objects::nonNull).mapToInt(LocalDateTime::getYear).findFirst();
	}

	@Override
	public boolean mayOpen(FigureRecord record, Authentication reader) {
		return record.publicLink() || access.isOffice(reader);
	}
}
