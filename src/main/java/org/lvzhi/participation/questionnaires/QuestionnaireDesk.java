package org.lvzhi.participation.questionnaires;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.participation.Audience;
import org.lvzhi.participation.QuestionKind;
import org.lvzhi.participation.QuestionSpec;
import org.lvzhi.participation.QuestionnaireId;
import org.lvzhi.participation.Questionnaires;
import org.lvzhi.participation.answering.AnswerSheet;
import org.lvzhi.platform.FieldLimits;
import org.lvzhi.platform.PublicCodes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's work on a questionnaire: write it, publish it for a period, close it early, make a
 * new version, hand out codes, publish its results. Its questions may change only while no answer
 * has come in; after that a change is a new version, so every answer stays tied to the questions
 * it answered.
 */
@Service
@Transactional
public class QuestionnaireDesk implements Questionnaires {

	/** Scales the office may choose: a lowest point of 0 or 1 and a highest of at most 10. */
	static final int MAX_POINT = 10;
	static final int MAX_CODES = 5000;

	private final JdbcClient jdbc;
	private final QuestionnaireStore store;
	private final AnswerSheet answers;
	private final FieldLimits limits;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	QuestionnaireDesk(JdbcClient jdbc, QuestionnaireStore store, AnswerSheet answers, FieldLimits limits,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.answers = answers;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public QuestionnaireId create(String title, String introduction, String privacyNotice, Audience audience) {
		if (title == null || title.isBlank()) {
			throw new ParticipationException("participation.error.titleRequired");
		}
		if (audience == null) {
			throw new ParticipationException("participation.error.audienceRequired");
		}
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO participation_questionnaire (title, introduction, privacy_notice, audience, state, created_on)
				VALUES (?, ?, ?, ?, 'DRAFT', ?)""")
			.params(limits.check("participation_questionnaire.title", title.strip()),
					limits.check("participation_questionnaire.introduction", blankToNull(introduction)),
					limits.check("participation_questionnaire.privacy_notice", blankToNull(privacyNotice)), audience.name(),
					LocalDate.now(clock))
			.update(key, "id");
		long id = key.getKey().longValue();
		events.publishEvent(AuditEvent.created("participation.questionnaire.created", "Questionnaire", id, title,
				store.require(id)));
		return new QuestionnaireId(id);
	}

	/** Changes title, introduction, privacy notice and audience while no answer has come in. */
	public void describe(long id, Integer version, String title, String introduction, String privacyNotice,
			Audience audience) {
		Questionnaire before = editable(id, version);
		if (title == null || title.isBlank()) {
			throw new ParticipationException("participation.error.titleRequired");
		}
		if (audience == null) {
			throw new ParticipationException("participation.error.audienceRequired");
		}
		update("UPDATE participation_questionnaire SET title = ?, introduction = ?, privacy_notice = ?, audience = ?,"
				+ " version = version + 1 WHERE id = ? AND version = ?",
				limits.check("participation_questionnaire.title", title.strip()),
				limits.check("participation_questionnaire.introduction", blankToNull(introduction)),
				limits.check("participation_questionnaire.privacy_notice", blankToNull(privacyNotice)), audience.name(), id,
				before.version());
		audit("participation.questionnaire.described", before);
	}

	@Override
	public long addQuestion(QuestionnaireId id, QuestionSpec spec) {
		Questionnaire q = editable(id.value(), null);
		List<Question> existing = store.questions(q.id());
		check(spec, existing, null);
		int position = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).number() + 1;
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO participation_question (questionnaire_id, position, section, kind, text, text_en, required,
				    options, options_en, low, high, condition_question, condition_choices)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(q.id(), position, blankToNull(spec.section()), spec.kind().name(), spec.text().strip(),
					blankToNull(spec.textEn()), spec.required(), join(spec.options()), join(spec.optionsEn()),
					spec.low(), spec.high(), spec.conditionQuestion(), join(spec.conditionChoices()))
			.update(key, "id");
		long questionId = key.getKey().longValue();
		bump(q);
		events.publishEvent(AuditEvent.created("participation.question.added", "Question", questionId, spec.text(),
				store.question(questionId).orElseThrow()));
		return questionId;
	}

	/** Rewrites a question while no answer has come in. */
	public void changeQuestion(long questionId, Integer version, QuestionSpec spec) {
		Question before = store.question(questionId)
			.orElseThrow(() -> new ParticipationException("participation.error.notFound", questionId));
		Questionnaire q = editable(before.questionnaireId(), version);
		List<Question> earlier = store.questions(q.id()).stream().filter(x -> x.number() < before.number()).toList();
		check(spec, earlier, before);
		jdbc.sql("""
				UPDATE participation_question SET section = ?, kind = ?, text = ?, text_en = ?, required = ?, options = ?,
				    options_en = ?, low = ?, high = ?, condition_question = ?, condition_choices = ? WHERE id = ?""")
			.params(blankToNull(spec.section()), spec.kind().name(), spec.text().strip(), blankToNull(spec.textEn()),
					spec.required(), join(spec.options()), join(spec.optionsEn()), spec.low(), spec.high(),
					spec.conditionQuestion(), join(spec.conditionChoices()), questionId)
			.update();
		bump(q);
		events.publishEvent(AuditEvent.changed("participation.question.changed", "Question", questionId, spec.text(),
				before, store.question(questionId).orElseThrow()));
	}

	/** Removes a question no later question depends on, while no answer has come in. */
	public void removeQuestion(long questionId, Integer version) {
		Question before = store.question(questionId)
			.orElseThrow(() -> new ParticipationException("participation.error.notFound", questionId));
		Questionnaire q = editable(before.questionnaireId(), version);
		if (store.questions(q.id()).stream().anyMatch(x -> Long.valueOf(questionId).equals(x.conditionQuestion()))) {
			throw new ParticipationException("participation.error.conditionDependsOn", before.number());
		}
		jdbc.sql("DELETE FROM participation_question WHERE id = ?").param(questionId).update();
		bump(q);
		events.publishEvent(AuditEvent.changed("participation.question.removed", "Question", questionId, before.text(),
				before, null));
	}

	/** Moves a question one place up or down; a question never moves above the one its condition reads. */
	public void moveQuestion(long questionId, Integer version, boolean up) {
		Question moving = store.question(questionId)
			.orElseThrow(() -> new ParticipationException("participation.error.notFound", questionId));
		Questionnaire q = editable(moving.questionnaireId(), version);
		List<Question> all = store.questions(q.id());
		int i = moving.number() - 1;
		int j = up ? i - 1 : i + 1;
		if (j < 0 || j >= all.size()) {
			return;
		}
		Question first = all.get(Math.min(i, j));
		Question second = all.get(Math.max(i, j));
		if (Long.valueOf(first.id()).equals(second.conditionQuestion())) {
			throw new ParticipationException("participation.error.conditionOrder", second.number(), first.number());
		}
		List<Question> reordered = new ArrayList<>(all);
		reordered.set(i, all.get(j));
		reordered.set(j, moving);
		for (int k = 0; k < reordered.size(); k++) {
			jdbc.sql("UPDATE participation_question SET position = ? WHERE id = ?").params(k + 1, reordered.get(k).id())
				.update();
		}
		bump(q);
		events.publishEvent(AuditEvent.changed("participation.question.moved", "Question", questionId, moving.text(),
				moving.number(), j + 1));
	}

	@Override
	public void publish(QuestionnaireId id, LocalDateTime opensAt, LocalDateTime closesAt) {
		publish(id.value(), null, opensAt, closesAt, false);
	}

	/**
	 * Publishes a draft for a period. From the office's page the period must not have ended
	 * already ({@code fromNow}); the demo world's loader records periods long past.
	 */
	public void publish(long id, Integer version, LocalDateTime opensAt, LocalDateTime closesAt, boolean fromNow) {
		Questionnaire before = store.require(id);
		checkVersion(before, version);
		if (before.state() != QuestionnaireState.DRAFT) {
			throw new ParticipationException("participation.error.notDraft");
		}
		if (opensAt == null || closesAt == null) {
			throw new ParticipationException("participation.error.periodRequired");
		}
		if (!closesAt.isAfter(opensAt)) {
			throw new ParticipationException("participation.error.closesBeforeOpens");
		}
		if (fromNow && !closesAt.isAfter(LocalDateTime.now(clock))) {
			throw new ParticipationException("participation.error.closesInPast");
		}
		if (store.questions(id).isEmpty()) {
			throw new ParticipationException("participation.error.noQuestions");
		}
		if (before.audience() == Audience.CODES && store.codes(id).isEmpty()) {
			throw new ParticipationException("participation.error.noCodes");
		}
		update("UPDATE participation_questionnaire SET state = 'PUBLISHED', opens_at = ?, closes_at = ?, version = version + 1"
				+ " WHERE id = ? AND version = ?", opensAt, closesAt, id, before.version());
		audit("participation.questionnaire.published", before);
	}

	/** Stops answers before the period ends. */
	public void close(long id, Integer version) {
		Questionnaire before = store.require(id);
		checkVersion(before, version);
		if (before.state() != QuestionnaireState.PUBLISHED) {
			throw new ParticipationException("participation.error.notPublished");
		}
		LocalDateTime now = LocalDateTime.now(clock);
		if (!now.isBefore(before.closesAt())) {
			throw new ParticipationException("participation.error.alreadyEnded");
		}
		update("UPDATE participation_questionnaire SET state = 'CLOSED', closed_at = ?, version = version + 1"
				+ " WHERE id = ? AND version = ?", now, id, before.version());
		audit("participation.questionnaire.closed", before);
	}

	/**
	 * A new draft with the same description and questions, for changes once answers exist. The
	 * published one closes when its successor is published, not before: answers keep coming in
	 * while the new version is being written.
	 */
	public QuestionnaireId newVersion(long id) {
		Questionnaire old = store.require(id);
		if (old.state() == QuestionnaireState.DRAFT) {
			throw new ParticipationException("participation.error.draftEditable");
		}
		QuestionnaireId copy = create(old.title(), old.introduction(), old.privacyNotice(), old.audience());
		jdbc.sql("UPDATE participation_questionnaire SET previous_id = ? WHERE id = ?").params(old.id(), copy.value())
			.update();
		Map<Long, Long> ids = new java.util.HashMap<>();
		for (Question q : store.questions(id)) {
			Long condition = q.conditionQuestion() == null ? null : ids.get(q.conditionQuestion());
			long added = addQuestion(copy,
					new QuestionSpec(q.section(), q.kind(), q.text(), q.textEn(), q.required(), q.optionList(),
							Question.lines(q.optionsEn()), q.low(), q.high(), condition,
							condition == null ? List.of() : q.conditionChoiceList()));
			ids.put(q.id(), added);
		}
		events.publishEvent(AuditEvent.created("participation.questionnaire.versioned", "Questionnaire", copy.value(),
				old.title(), Map.of("previous", old.id())));
		return copy;
	}

	@Override
	public void publishResults(QuestionnaireId id, boolean published) {
		publishResults(id.value(), null, published);
	}

	public void publishResults(long id, Integer version, boolean published) {
		Questionnaire before = store.require(id);
		checkVersion(before, version);
		if (published && !before.started(LocalDateTime.now(clock))) {
			throw new ParticipationException("participation.error.notStarted");
		}
		update("UPDATE participation_questionnaire SET results_public = ?, version = version + 1 WHERE id = ? AND version = ?",
				published, id, before.version());
		audit(published ? "participation.results.published" : "participation.results.withdrawn", before);
	}

	/** Adds {@code count} single-use codes to a questionnaire answered by code holders. */
	public List<String> issueCodes(long id, int count) {
		Questionnaire q = store.require(id);
		if (q.audience() != Audience.CODES) {
			throw new ParticipationException("participation.error.notByCode");
		}
		if (q.state() == QuestionnaireState.CLOSED) {
			throw new ParticipationException("participation.error.closed");
		}
		if (count < 1 || count + store.codes(id).size() > MAX_CODES) {
			throw new ParticipationException("participation.error.codeCount", MAX_CODES);
		}
		List<String> issued = new ArrayList<>(count);
		Set<String> taken = new HashSet<>(store.codes(id));
		while (issued.size() < count) {
			String code = PublicCodes.next(8);
			if (taken.add(code)) {
				issued.add(code);
			}
		}
		for (String code : issued) {
			try {
				jdbc.sql("INSERT INTO participation_access_code (questionnaire_id, code) VALUES (?, ?)").params(id, code)
					.update();
			}
			catch (DuplicateKeyException e) {
				throw new OptimisticLockingFailureException("Codes of questionnaire " + id + " changed meanwhile");
			}
		}
		events.publishEvent(AuditEvent.changed("participation.codes.issued", "Questionnaire", id, q.title(), null,
				Map.of("count", count)));
		return issued;
	}

	@Override
	public String answer(QuestionnaireId id, Map<String, List<String>> form, String respondent, String language,
			LocalDateTime at) {
		return answers.submit(id.value(), form, respondent, language, at);
	}

	/** The questions may change: a draft, or a published questionnaire nobody has answered yet. */
	private Questionnaire editable(long id, Integer version) {
		Questionnaire q = store.require(id);
		checkVersion(q, version);
		if (q.state() == QuestionnaireState.CLOSED) {
			throw new ParticipationException("participation.error.closed");
		}
		if (store.responses(id) > 0) {
			throw new ParticipationException("participation.error.answered");
		}
		return q;
	}

	private void check(QuestionSpec spec, List<Question> earlier, Question self) {
		if (spec == null || spec.kind() == null) {
			throw new ParticipationException("participation.error.kindRequired");
		}
		if (spec.text() == null || spec.text().isBlank()) {
			throw new ParticipationException("participation.error.textRequired");
		}
		limits.check("participation_question.text", spec.text().strip());
		limits.check("participation_question.text_en", blankToNull(spec.textEn()));
		limits.check("participation_question.options", join(spec.options()));
		limits.check("participation_question.options_en", join(spec.optionsEn()));
		if (spec.kind().isChoice() || spec.kind() == QuestionKind.MATRIX) {
			List<String> options = clean(spec.options());
			if (options.size() < 2) {
				throw new ParticipationException(spec.kind() == QuestionKind.MATRIX ? "participation.error.itemsRequired"
						: "participation.error.optionsRequired");
			}
			if (new HashSet<>(options).size() != options.size()) {
				throw new ParticipationException("participation.error.optionsRepeat");
			}
			if (options.stream().anyMatch(o -> o.length() > 200)) {
				throw new ParticipationException("participation.error.optionTooLong", 200);
			}
			if (!clean(spec.optionsEn()).isEmpty() && clean(spec.optionsEn()).size() != options.size()) {
				throw new ParticipationException("participation.error.optionsEnCount", options.size());
			}
		}
		if (spec.kind().isScale()) {
			int low = spec.low() == null ? 1 : spec.low();
			int high = spec.high() == null ? 5 : spec.high();
			if (low < 0 || low > 1 || high > MAX_POINT || high <= low + 1) {
				throw new ParticipationException("participation.error.scale", MAX_POINT);
			}
		}
		if (spec.kind() == QuestionKind.NUMBER && spec.low() != null && spec.high() != null && spec.high() < spec.low()) {
			throw new ParticipationException("participation.error.range");
		}
		if (spec.conditionQuestion() != null) {
			Question on = earlier.stream().filter(q -> q.id() == spec.conditionQuestion()).findFirst()
				.orElseThrow(() -> new ParticipationException("participation.error.conditionEarlier"));
			if (self != null && on.id() == self.id() || !on.kind().isChoice()) {
				throw new ParticipationException("participation.error.conditionChoice");
			}
			List<String> choices = clean(spec.conditionChoices());
			if (choices.isEmpty() || !on.optionList().containsAll(choices)) {
				throw new ParticipationException("participation.error.conditionOptions", on.number());
			}
		}
	}

	private void checkVersion(Questionnaire q, Integer version) {
		if (version != null && version != q.version()) {
			throw new OptimisticLockingFailureException("Questionnaire " + q.id() + " is at version " + q.version());
		}
	}

	private void bump(Questionnaire q) {
		update("UPDATE participation_questionnaire SET version = version + 1 WHERE id = ? AND version = ?", q.id(),
				q.version());
	}

	private void update(String sql, Object... params) {
		if (jdbc.sql(sql).params(params).update() != 1) {
			throw new OptimisticLockingFailureException("Questionnaire changed meanwhile");
		}
	}

	private void audit(String action, Questionnaire before) {
		events.publishEvent(AuditEvent.changed(action, "Questionnaire", before.id(), before.title(), before,
				store.require(before.id())));
	}

	private static List<String> clean(List<String> lines) {
		return lines == null ? List.of() : lines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
	}

	private static String join(List<String> lines) {
		List<String> c = clean(lines);
		return c.isEmpty() ? null : String.join("\n", c);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
