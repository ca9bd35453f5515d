package org.lvzhi.participation.answering;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.participation.Audience;
import org.lvzhi.participation.QuestionKind;
import org.lvzhi.participation.questionnaires.ParticipationException;
import org.lvzhi.participation.questionnaires.Question;
import org.lvzhi.participation.questionnaires.Questionnaire;
import org.lvzhi.participation.questionnaires.QuestionnaireStore;
import org.lvzhi.platform.PublicCodes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one respondent's answers: checks each against its question (required, offered options,
 * the scale, the number's range, the length of text), ignores the answers of questions their
 * conditions hide, and stores the response whole or not at all, once per device, code or account.
 * The respondent is kept only as a hash; the receipt code is the respondent's way back to it.
 */
@Service
@Transactional
public class AnswerSheet {

	static final int SHORT_TEXT = 200;
	static final int LONG_TEXT = 4000;

	/** What the receipt code shows its holder: which questionnaire, when, and whether results are out. */
	public record Receipt(String code, long questionnaireId, String title, LocalDateTime submittedAt,
			boolean resultsPublic) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final QuestionnaireStore store;
	private final ApplicationEventPublisher events;
	private final AnswerIndex index;

	AnswerSheet(JdbcClient jdbc, JdbcTemplate batch, QuestionnaireStore store, ApplicationEventPublisher events,
			AnswerIndex index) {
		this.index = index;
		this.jdbc = jdbc;
		this.batch = batch;
		this.store = store;
		this.events = events;
	}

	/** @return the receipt code */
	public String submit(long questionnaireId, Map<String, List<String>> form, String respondent, String language,
			LocalDateTime at) {
		Questionnaire q = store.require(questionnaireId);
		if (!q.openAt(at)) {
			throw new ParticipationException(q.started(at) ? "participation.error.ended" : "participation.error.notOpen");
		}
		if (respondent == null || respondent.isBlank()) {
			throw new ParticipationException(q.audience() == Audience.CODES ? "participation.error.codeRequired"
					: "participation.error.respondentRequired");
		}
		List<Question> questions = store.questions(questionnaireId);
		List<Row> rows = check(questions, form == null ? Map.of() : form);
		if (q.audience() == Audience.CODES) {
			String code = respondent.strip().toUpperCase();
			int taken = jdbc.sql("UPDATE participation_access_code SET used = TRUE WHERE questionnaire_id = ? AND code = ? AND used = FALSE")
				.params(questionnaireId, code).update();
			if (taken != 1) {
				boolean exists = jdbc.sql("SELECT COUNT(*) FROM participation_access_code WHERE questionnaire_id = ? AND code = ?")
					.params(questionnaireId, code).query(Long.class).single() > 0;
				throw new ParticipationException(exists ? "participation.error.alreadyAnswered" : "participation.error.badCode");
			}
			respondent = code;
		}
		String receipt = code();
		var key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					INSERT INTO participation_response (questionnaire_id, receipt_code, respondent_key, language, submitted_at)
					VALUES (?, ?, ?, ?, ?)""")
				.params(questionnaireId, receipt, hash(q.audience() + ":" + respondent),
						"en".equals(language) ? "en" : "zh", at)
				.update(key, "id");
		}
		catch (DuplicateKeyException e) {
			throw new ParticipationException("participation.error.alreadyAnswered");
		}
		long response = key.getKey().longValue();
		batch.batchUpdate("INSERT INTO participation_answer (response_id, question_id, item, choice, number, text) VALUES (?, ?, ?, ?, ?, ?)",
				rows.stream().map(r -> new Object[] { response, r.question(), r.item(), r.choice(), r.number(), r.text() })
					.toList());
		index.submitted(response);
		events.publishEvent(AuditEvent.created("participation.response.submitted", "Response", response,
				q.title() + " " + receipt, Map.of("questionnaire", questionnaireId, "answers", rows.size())));
		return receipt;
	}

	@Transactional(readOnly = true)
	public Optional<Receipt> receipt(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT r.receipt_code, r.questionnaire_id, q.title, r.submitted_at, q.results_public
				FROM participation_response r JOIN participation_questionnaire q ON q.id = r.questionnaire_id
				WHERE r.receipt_code = ?""")
			.param(code.strip().toUpperCase())
			.query((rs, n) -> new Receipt(rs.getString(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDateTime.class), rs.getBoolean(5)))
			.optional();
	}

	/** An answer as stored: one row per chosen option, per matrix item, or per question otherwise. */
	record Row(long question, String item, String choice, BigDecimal number, String text) {
	}

	/**
	 * The questions shown to this respondent, given the answers: a question with a condition shows
	 * when its earlier question is shown and answered with one of the condition's options.
	 */
	static Set<Long> shown(List<Question> questions, Map<String, List<String>> form) {
		Set<Long> shown = new LinkedHashSet<>();
		Map<Long, List<String>> chosen = new HashMap<>();
		for (Question q : questions) {
			boolean visible = q.conditionQuestion() == null || shown.contains(q.conditionQuestion())
					&& chosen.getOrDefault(q.conditionQuestion(), List.of()).stream()
						.anyMatch(q.conditionChoiceList()::contains);
			if (visible) {
				shown.add(q.id());
				chosen.put(q.id(), values(form, q.field()));
			}
		}
		return shown;
	}

	static List<Row> check(List<Question> questions, Map<String, List<String>> form) {
		Set<Long> shown = shown(questions, form);
		List<Row> rows = new ArrayList<>();
		List<AnswersRefused.Problem> problems = new ArrayList<>();
		for (Question q : questions) {
			if (!shown.contains(q.id())) {
				continue;
			}
			int before = problems.size();
			List<Row> mine = new ArrayList<>();
			List<String> values = values(form, q.field());
			switch (q.kind()) {
				case SINGLE, MULTIPLE -> {
					if (q.kind() == QuestionKind.SINGLE && values.size() > 1) {
						problems.add(problem(q, "participation.error.oneChoice"));
					}
					for (String v : new LinkedHashSet<>(values)) {
						if (!q.optionList().contains(v)) {
							problems.add(problem(q, "participation.error.notOffered", v));
						}
						else {
							mine.add(new Row(q.id(), null, v, null, null));
						}
					}
				}
				case SCALE -> point(q, values, null, mine, problems);
				case MATRIX -> {
					List<String> items = q.optionList();
					int answered = 0;
					for (int i = 0; i < items.size(); i++) {
						List<String> v = values(form, q.field(i));
						if (!v.isEmpty()) {
							answered++;
							point(q, v, items.get(i), mine, problems);
						}
					}
					if (q.required() && answered > 0 && answered < items.size()) {
						problems.add(problem(q, "participation.error.matrixIncomplete"));
					}
				}
				case NUMBER -> {
					if (values.size() == 1) {
						try {
							BigDecimal n = new BigDecimal(values.get(0).strip());
							if (q.low() != null && n.compareTo(BigDecimal.valueOf(q.low())) < 0
									|| q.high() != null && n.compareTo(BigDecimal.valueOf(q.high())) > 0) {
								problems.add(problem(q, "participation.error.numberRange",
										q.low() == null ? "" : q.low(), q.high() == null ? "" : q.high()));
							}
							else if (n.abs().compareTo(new BigDecimal("1E13")) >= 0 || n.scale() > 4) {
								problems.add(problem(q, "participation.error.number"));
							}
							else {
								mine.add(new Row(q.id(), null, null, n, null));
							}
						}
						catch (NumberFormatException e) {
							problems.add(problem(q, "participation.error.number"));
						}
					}
					else if (values.size() > 1) {
						problems.add(problem(q, "participation.error.number"));
					}
				}
				case SHORT_TEXT, LONG_TEXT -> {
					String text = String.join("\n", values).strip();
					int max = q.kind() == QuestionKind.SHORT_TEXT ? SHORT_TEXT : LONG_TEXT;
					if (text.length() > max) {
						problems.add(problem(q, "participation.error.textTooLong", max));
					}
					else if (!text.isEmpty()) {
						mine.add(new Row(q.id(), null, null, null, text));
					}
				}
			}
			if (q.required() && mine.isEmpty() && problems.size() == before) {
				problems.add(problem(q, "participation.error.required"));
			}
			rows.addAll(mine);
		}
		if (!problems.isEmpty()) {
			throw new AnswersRefused(problems);
		}
		return rows;
	}

	private static void point(Question q, List<String> values, String item, List<Row> rows,
			List<AnswersRefused.Problem> problems) {
		if (values.isEmpty()) {
			return;
		}
		try {
			int p = Integer.parseInt(values.get(0).strip());
			if (values.size() > 1 || p < q.scaleLow() || p > q.scaleHigh()) {
				problems.add(problem(q, "participation.error.scalePoint", q.scaleLow(), q.scaleHigh()));
			}
			else {
				rows.add(new Row(q.id(), item, null, BigDecimal.valueOf(p), null));
			}
		}
		catch (NumberFormatException e) {
			problems.add(problem(q, "participation.error.scalePoint", q.scaleLow(), q.scaleHigh()));
		}
	}

	private static AnswersRefused.Problem problem(Question q, String key, Object... args) {
		return new AnswersRefused.Problem(q.id(), q.number(), key, List.of(args));
	}

	private static List<String> values(Map<String, List<String>> form, String field) {
		List<String> v = form.get(field);
		return v == null ? List.of() : v.stream().filter(s -> s != null && !s.isBlank()).toList();
	}

	private static String code() {
		return PublicCodes.next(10);
	}

	static String hash(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
