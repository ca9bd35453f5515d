package org.lvzhi.participation.questionnaires;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lvzhi.participation.QuestionKind;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads of questionnaires and their questions. */
@Repository
@Transactional(readOnly = true)
public class QuestionnaireStore {

	/** A line of the office's list. */
	public record Listed(Questionnaire questionnaire, long responses) {
	}

	private static final RowMapper<Question> QUESTION = (rs, n) -> new Question(rs.getLong("id"),
			rs.getLong("questionnaire_id"), rs.getInt("position"), rs.getString("section"),
			QuestionKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("text_en"),
			rs.getBoolean("required"), rs.getString("options"), rs.getString("options_en"),
			(Integer) rs.getObject("low", Integer.class), (Integer) rs.getObject("high", Integer.class),
			(Long) rs.getObject("condition_question", Long.class), rs.getString("condition_choices"));

	private final JdbcClient jdbc;

	QuestionnaireStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Questionnaire> get(long id) {
		return jdbc.sql("SELECT * FROM participation_questionnaire WHERE id = ?").param(id).query(Questionnaire.class)
			.optional();
	}

	public Questionnaire require(long id) {
		return get(id).orElseThrow(() -> new ParticipationException("participation.error.notFound", id));
	}

	/** The questions in order, numbered from 1. */
	public List<Question> questions(long questionnaireId) {
		List<Question> stored = jdbc.sql("SELECT * FROM participation_question WHERE questionnaire_id = ? ORDER BY position, id")
			.param(questionnaireId).query(QUESTION).list();
		List<Question> numbered = new ArrayList<>(stored.size());
		for (int i = 0; i < stored.size(); i++) {
			Question q = stored.get(i);
			numbered.add(new Question(q.id(), q.questionnaireId(), i + 1, q.section(), q.kind(), q.text(), q.textEn(),
					q.required(), q.options(), q.optionsEn(), q.low(), q.high(), q.conditionQuestion(),
					q.conditionChoices()));
		}
		return numbered;
	}

	public Optional<Question> question(long questionId) {
		return jdbc.sql("SELECT * FROM participation_question WHERE id = ?").param(questionId).query(QUESTION).optional()
			.flatMap(q -> questions(q.questionnaireId()).stream().filter(x -> x.id() == questionId).findFirst());
	}

	public long responses(long questionnaireId) {
		return jdbc.sql("SELECT COUNT(*) FROM participation_response WHERE questionnaire_id = ?").param(questionnaireId)
			.query(Long.class).single();
	}

	/** The office's list: by state and the year its period begins (or it was written), newest first. */
	public Page<Listed> find(QuestionnaireState state, Integer year, String text, int number, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (state != null) {
			where.append(" AND q.state = ?");
			params.add(state.name());
		}
		if (year != null) {
			where.append(" AND COALESCE(CAST(q.opens_at AS DATE), q.created_on) >= ? AND COALESCE(CAST(q.opens_at AS DATE), q.created_on) < ?");
			params.add(LocalDate.of(year, 1, 1));
			params.add(LocalDate.of(year + 1, 1, 1));
		}
		if (text != null && !text.isBlank()) {
			where.append(" AND LOWER(q.title) LIKE ?");
			params.add("%" + text.strip().toLowerCase() + "%");
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM participation_questionnaire q" + where).params(params)
			.query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(size);
		paged.add(Page.offset(number, size));
		List<Questionnaire> rows = jdbc.sql("SELECT q.* FROM participation_questionnaire q" + where
				+ " ORDER BY COALESCE(q.opens_at, CAST(q.created_on AS TIMESTAMP)) DESC, q.id DESC LIMIT ? OFFSET ?")
			.params(paged).query(Questionnaire.class).list();
		return new Page<>(rows.stream().map(q -> new Listed(q, responses(q.id()))).toList(), number, size, total);
	}

	/** Published questionnaires whose period includes {@code at}, ending soonest first. */
	public List<Questionnaire> openAt(LocalDateTime at) {
		return jdbc.sql("""
				SELECT * FROM participation_questionnaire WHERE state = 'PUBLISHED' AND opens_at <= ? AND closes_at > ?
				ORDER BY closes_at, id""").params(at, at).query(Questionnaire.class).list();
	}

	/** Questionnaires whose results the office has published, latest period first. */
	public List<Questionnaire> withPublicResults() {
		return jdbc.sql("SELECT * FROM participation_questionnaire WHERE results_public = TRUE ORDER BY opens_at DESC, id DESC")
			.query(Questionnaire.class).list();
	}

	public List<String> codes(long questionnaireId) {
		return jdbc.sql("SELECT code FROM participation_access_code WHERE questionnaire_id = ? ORDER BY code")
			.param(questionnaireId).query(String.class).list();
	}
}
