package org.lvzhi.oversight.evaluation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.Satisfaction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rater submits the sheet: every department's overall score and every key task's score. The
 * submission row goes first and its primary key is the rater, so that of two concurrent
 * submissions by the same code exactly one commits and the other is refused, whatever the
 * isolation level; the scores follow in one batch in the same transaction.
 */
@Service
class SubmitSheet {

	private final Evaluations evaluations;
	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SheetCache sheets;

	SubmitSheet(Evaluations evaluations, JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events,
			Clock clock, SheetCache sheets) {
		this.evaluations = evaluations;
		this.jdbc = jdbc;
		this.batch = batch;
		this.events = events;
		this.clock = clock;
		this.sheets = sheets;
	}

	@Transactional
	void submit(String accessCode, Map<Long, Satisfaction> overall, Map<Long, Satisfaction> tasks) {
		Evaluations.Rater rater = evaluations.rater(accessCode == null ? "" : accessCode.strip())
			.orElseThrow(() -> new OversightException("oversight.error.accessCode"));
		EvaluationId id = new EvaluationId(rater.evaluationId());
		SheetCache.Sheet sheet = sheets.sheet(id);
		if (evaluations.get(id).orElseThrow().state() != EvaluationState.OPEN) {
			throw new OversightException("oversight.error.evaluationClosed");
		}
		if (!overall.keySet().equals(sheet.departments()) || !tasks.keySet().equals(sheet.tasks().keySet())
				|| overall.values().stream().anyMatch(Objects::isNull) || tasks.values().stream().anyMatch(Objects::isNull)) {
			throw new OversightException("oversight.error.sheetIncomplete");
		}
		try {
			jdbc.sql("INSERT INTO oversight_evaluation_submission (rater_id, evaluation_id, submitted_at) VALUES (?, ?, ?)")
				.params(rater.id(), id.value(), OffsetDateTime.now(clock)).update();
		}
		catch (DuplicateKeyException e) {
			throw new OversightException("oversight.error.alreadySubmitted");
		}
		List<Object[]> rows = new ArrayList<>(overall.size() + tasks.size());
		overall.forEach((dept, s) -> rows.add(new Object[] { rater.id(), dept, 0L, s.points() }));
		tasks.forEach((task, s) -> rows.add(new Object[] { rater.id(), sheet.tasks().get(task), task, s.points() }));
		batch.batchUpdate("INSERT INTO oversight_evaluation_score (rater_id, department_id, task_id, score) VALUES (?, ?, ?, ?)",
				rows);
		events.publishEvent(AuditEvent.created("oversight.evaluation.submitted", "EvaluationRater", rater.id(),
				"evaluation " + id.value(), null));
	}
}
