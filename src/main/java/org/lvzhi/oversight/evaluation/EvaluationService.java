package org.lvzhi.oversight.evaluation;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.oversight.EvaluationWorkflow;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.RaterGroup;
import org.lvzhi.oversight.Satisfaction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moves of a satisfaction evaluation; the rater's submission is its own use case, {@link SubmitSheet}. */
@Service
class EvaluationService implements EvaluationWorkflow {

	private static final char[] CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final Evaluations evaluations;
	private final SubmitSheet submit;
	private final SheetCache sheets;
	private final ApplicationEventPublisher events;
	private final SecureRandom random = new SecureRandom();

	EvaluationService(JdbcClient jdbc, JdbcTemplate batch, Evaluations evaluations, SubmitSheet submit,
			SheetCache sheets, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.evaluations = evaluations;
		this.submit = submit;
		this.sheets = sheets;
		this.events = events;
	}

	@Override
	@Transactional
	public EvaluationId open(String title, int year, LocalDate on, Map<RaterGroup, Integer> weights,
			String officeCode) {
		if (title == null || title.isBlank()) {
			throw new OversightException("oversight.error.titleRequired");
		}
		if (weights == null || weights.isEmpty() || weights.values().stream().anyMatch(w -> w == null || w < 1)) {
			throw new OversightException("oversight.error.weights");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO oversight_evaluation (title, eval_year, state, opened_on, office_code) VALUES (?, ?, 'OPEN', ?, ?)")
			.params(title.strip(), year, on, officeCode == null ? EvaluationAccess.DEFAULT_OFFICE : officeCode)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		weights.forEach((g, w) -> jdbc.sql("INSERT INTO oversight_evaluation_group (evaluation_id, group_code, weight) VALUES (?, ?, ?)")
			.params(id, g.name(), w).update());
		events.publishEvent(AuditEvent.created("oversight.evaluation.opened", "Evaluation", id, title.strip(), weights));
		return new EvaluationId(id);
	}

	@Override
	@Transactional
	public long addDepartment(EvaluationId evaluation, OrganizationId department) {
		requireEditable(evaluation);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("INSERT INTO oversight_evaluation_department (evaluation_id, organization_id) VALUES (?, ?)")
				.params(evaluation.value(), department.value()).update(keys, "id");
		}
		catch (DuplicateKeyException e) {
			throw new OversightException("oversight.error.departmentListed");
		}
		sheets.forget(evaluation);
		events.publishEvent(AuditEvent.created("oversight.evaluation.departmentAdded", "Evaluation", evaluation.value(),
				"organization " + department.value(), null));
		return keys.getKey().longValue();
	}

	@Override
	@Transactional
	public long addTask(EvaluationId evaluation, OrganizationId department, String title) {
		requireEditable(evaluation);
		if (title == null || title.isBlank()) {
			throw new OversightException("oversight.error.titleRequired");
		}
		long dept = evaluations.departments(evaluation).stream().filter(d -> d.organizationId() == department.value())
			.findFirst().orElseThrow(() -> new OversightException("oversight.error.departmentNotListed")).id();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO oversight_evaluation_task (evaluation_id, department_id, title) VALUES (?, ?, ?)")
			.params(evaluation.value(), dept, title.strip()).update(keys, "id");
		sheets.forget(evaluation);
		events.publishEvent(AuditEvent.created("oversight.evaluation.taskAdded", "Evaluation", evaluation.value(),
				title.strip(), null));
		return keys.getKey().longValue();
	}

	@Override
	@Transactional
	public List<String> addRaters(EvaluationId evaluation, RaterGroup group, int count, List<PersonId> persons) {
		Evaluations.EvaluationView e = requireState(evaluation, EvaluationState.OPEN);
		if (!evaluations.weights(evaluation).containsKey(group)) {
			throw new OversightException("oversight.error.groupNotRating");
		}
		int n = persons == null || persons.isEmpty() ? count : persons.size();
		List<String> codes = new ArrayList<>(n);
		List<Object[]> rows = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			String code = code();
			codes.add(code);
			rows.add(new Object[] { evaluation.value(), group.name(), code,
					persons == null || persons.isEmpty() ? null : persons.get(i).value() });
		}
		batch.batchUpdate("INSERT INTO oversight_evaluation_rater (evaluation_id, group_code, access_code, person_id) VALUES (?, ?, ?, ?)",
				rows);
		events.publishEvent(AuditEvent.created("oversight.evaluation.ratersAdded", "Evaluation", evaluation.value(),
				e.title(), group + " × " + n));
		return codes;
	}

	@Override
	public void submit(String accessCode, Map<Long, Satisfaction> overall, Map<Long, Satisfaction> tasks) {
		submit.submit(accessCode, overall, tasks);
	}

	@Override
	@Transactional
	public void close(EvaluationId evaluation, LocalDate on) {
		move(evaluation, EvaluationState.OPEN, EvaluationState.CLOSED, "closed_on", on);
	}

	@Override
	@Transactional
	public void publish(EvaluationId evaluation, LocalDate on) {
		move(evaluation, EvaluationState.CLOSED, EvaluationState.PUBLISHED, "published_on", on);
	}

	private void move(EvaluationId evaluation, EvaluationState from, EvaluationState to, String column, LocalDate on) {
		Evaluations.EvaluationView e = requireState(evaluation, from);
		int changed = jdbc.sql("UPDATE oversight_evaluation SET state = ?, " + column
				+ " = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(to.name(), on, evaluation.value(), e.version()).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Evaluation " + evaluation + " changed");
		}
		events.publishEvent(AuditEvent.changed("oversight.evaluation." + to.name().toLowerCase(), "Evaluation",
				evaluation.value(), e.title(), from, to));
	}

	@Override
	@Transactional
	public void followUp(long task, OrganizationId department, String note, LocalDate on) {
		if (note == null || note.isBlank()) {
			throw new OversightException("oversight.error.textRequired");
		}
		int changed = jdbc.sql("""
				UPDATE oversight_evaluation_task SET follow_up = ?, followed_on = ?
				WHERE id = ? AND department_id IN (SELECT d.id FROM oversight_evaluation_department d
				  JOIN oversight_evaluation e ON e.id = d.evaluation_id WHERE d.organization_id = ? AND e.state = 'PUBLISHED')""")
			.params(note.strip(), on, task, department.value()).update();
		if (changed == 0) {
			throw new OversightException("oversight.error.notFound", task);
		}
		events.publishEvent(AuditEvent.created("oversight.evaluation.followedUp", "EvaluationTask", task, note.strip(),
				null));
	}

	private Evaluations.EvaluationView requireState(EvaluationId evaluation, EvaluationState state) {
		Evaluations.EvaluationView e = evaluations.get(evaluation)
			.orElseThrow(() -> new OversightException("oversight.error.notFound", evaluation.value()));
		if (e.state() != state) {
			throw new OversightException("oversight.error.evaluationState",
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							"oversight.evaluation.state." + e.state()));
		}
		return e;
	}

	private void requireEditable(EvaluationId evaluation) {
		requireState(evaluation, EvaluationState.OPEN);
		int submitted = jdbc.sql("SELECT COUNT(*) FROM oversight_evaluation_submission WHERE evaluation_id = ?")
			.param(evaluation.value()).query(Integer.class).single();
		if (submitted > 0) {
			throw new OversightException("oversight.error.sheetFixed");
		}
	}

	private String code() {
		char[] c = new char[12];
		for (int i = 0; i < c.length; i++) {
			c[i] = CODE[random.nextInt(CODE.length)];
		}
		return new String(c);
	}
}
