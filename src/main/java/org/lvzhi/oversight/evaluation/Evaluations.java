package org.lvzhi.oversight.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.oversight.RaterGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of satisfaction evaluations, and their results computed from the scores. */
@Service
@Transactional(readOnly = true)
public class Evaluations {

	/** Below this weighted score (基本满意's points) a department or key task is marked unsatisfactory. */
	static final double UNSATISFACTORY_BELOW = 60.0;

	public record EvaluationView(long id, String title, int evalYear, EvaluationState state, LocalDate openedOn,
			LocalDate closedOn, LocalDate publishedOn, int version) {
	}

	public record Department(long id, long organizationId) {
	}

	public record Task(long id, long departmentId, String title, String followUp, LocalDate followedOn) {
	}

	public record Rater(long id, RaterGroup groupCode, String accessCode, Long personId, long evaluationId) {
	}

	/**
	 * One department's or key task's result: the weighted score over the groups that rated it, its rank
	 * among its kind, and the number of scores behind it.
	 */
	public record Result(long departmentId, long taskId, String title, double score, int rank, long scores,
			boolean unsatisfactory, String followUp) {
	}

	private final JdbcClient jdbc;

	Evaluations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<EvaluationView> get(EvaluationId id) {
		return jdbc.sql("SELECT * FROM oversight_evaluation WHERE id = ?").param(id.value()).query(EvaluationView.class)
			.optional();
	}

	public List<EvaluationView> all() {
		return jdbc.sql("SELECT * FROM oversight_evaluation ORDER BY eval_year DESC, id DESC").query(EvaluationView.class)
			.list();
	}

	public List<EvaluationView> heldIn(int year) {
		return jdbc.sql("SELECT * FROM oversight_evaluation WHERE eval_year = ? AND state <> 'OPEN' ORDER BY id")
			.param(year).query(EvaluationView.class).list();
	}

	public List<Department> departments(EvaluationId id) {
		return jdbc.sql("SELECT id, organization_id FROM oversight_evaluation_department WHERE evaluation_id = ? ORDER BY id")
			.param(id.value()).query(Department.class).list();
	}

	public List<Task> tasks(EvaluationId id) {
		return jdbc.sql("SELECT id, department_id, title, follow_up, followed_on FROM oversight_evaluation_task WHERE evaluation_id = ? ORDER BY department_id, id")
			.param(id.value()).query(Task.class).list();
	}

	public Map<RaterGroup, Integer> weights(EvaluationId id) {
		Map<RaterGroup, Integer> weights = new EnumMap<>(RaterGroup.class);
		jdbc.sql("SELECT group_code, weight FROM oversight_evaluation_group WHERE evaluation_id = ?").param(id.value())
			.query((rs, i) -> Map.entry(RaterGroup.valueOf(rs.getString(1)), rs.getInt(2))).list()
			.forEach(e -> weights.put(e.getKey(), e.getValue()));
		return weights;
	}

	public Optional<Rater> rater(String accessCode) {
		return jdbc.sql("SELECT id, group_code, access_code, person_id, evaluation_id FROM oversight_evaluation_rater WHERE access_code = ?")
			.param(accessCode).query(Rater.class).optional();
	}

	public boolean submitted(long raterId) {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_evaluation_submission WHERE rater_id = ?").param(raterId)
			.query(Integer.class).single() > 0;
	}

	/** Raters and submissions per group. */
	public Map<RaterGroup, long[]> participation(EvaluationId id) {
		Map<RaterGroup, long[]> counts = new EnumMap<>(RaterGroup.class);
		jdbc.sql("""
				SELECT r.group_code, COUNT(*) AS raters, COUNT(s.rater_id) AS submitted FROM oversight_evaluation_rater r
				LEFT JOIN oversight_evaluation_submission s ON s.rater_id = r.id
				WHERE r.evaluation_id = ? GROUP BY r.group_code""").param(id.value())
			.query((rs, i) -> Map.entry(RaterGroup.valueOf(rs.getString(1)), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list().forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** Results of the departments (overall scores), best first. */
	public List<Result> departmentResults(EvaluationId id, Map<Long, String> names) {
		return rank(results(id, true), names, Map.of());
	}

	/** Results of the key tasks, best first. */
	public List<Result> taskResults(EvaluationId id) {
		Map<Long, String> titles = new HashMap<>();
		Map<Long, String> followUps = new HashMap<>();
		for (Task t : tasks(id)) {
			titles.put(t.id(), t.title());
			if (t.followUp() != null) {
				followUps.put(t.id(), t.followUp());
			}
		}
		return rank(results(id, false), titles, followUps);
	}

	private record Partial(long departmentId, long taskId, RaterGroup group, double mean, long n) {
	}

	private List<double[]> results(EvaluationId id, boolean overall) {
		Map<RaterGroup, Integer> weights = weights(id);
		List<Partial> partials = jdbc.sql("""
				SELECT s.department_id, s.task_id, r.group_code, AVG(CAST(s.score AS DOUBLE PRECISION)) AS mean, COUNT(*) AS n
				FROM oversight_evaluation_score s JOIN oversight_evaluation_rater r ON r.id = s.rater_id
				WHERE r.evaluation_id = ? AND %s GROUP BY s.department_id, s.task_id, r.group_code"""
			.formatted(overall ? "s.task_id = 0" : "s.task_id <> 0"))
			.param(id.value())
			.query((rs, i) -> new Partial(rs.getLong(1), rs.getLong(2), RaterGroup.valueOf(rs.getString(3)),
					rs.getDouble(4), rs.getLong(5)))
			.list();
		Map<Long, double[]> byItem = new HashMap<>();
		for (Partial p : partials) {
			long key = overall ? p.departmentId() : p.taskId();
			double[] acc = byItem.computeIfAbsent(key, k -> new double[] { p.departmentId(), p.taskId(), 0, 0, 0 });
			int w = weights.getOrDefault(p.group(), 0);
			acc[2] += w * p.mean();
			acc[3] += w;
			acc[4] += p.n();
		}
		return new ArrayList<>(byItem.values());
	}

	private static List<Result> rank(List<double[]> raw, Map<Long, String> titles, Map<Long, String> followUps) {
		List<double[]> sorted = new ArrayList<>(raw);
		sorted.sort(Comparator.comparingDouble((double[] a) -> a[3] == 0 ? 0 : -a[2] / a[3]).thenComparingDouble(a -> a[0] + a[1]));
		List<Result> results = new ArrayList<>();
		double previous = Double.NaN;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			double[] a = sorted.get(i);
			double score = a[3] == 0 ? 0 : Math.round(a[2] / a[3] * 100) / 100.0;
			if (score != previous) {
				rank = i + 1;
				previous = score;
			}
			long dept = (long) a[0];
			long task = (long) a[1];
			results.add(new Result(dept, task, titles.get(task == 0 ? dept : task), score, rank, (long) a[4],
					score < UNSATISFACTORY_BELOW, followUps.get(task)));
		}
		return results;
	}

	/** A rater's code as the office hands it out, and whether the sheet came back. */
	public record IssuedCode(RaterGroup groupCode, String accessCode, boolean submitted) {
	}

	public List<IssuedCode> codes(EvaluationId id) {
		return jdbc.sql("""
				SELECT r.group_code, r.access_code, s.rater_id IS NOT NULL AS submitted FROM oversight_evaluation_rater r
				LEFT JOIN oversight_evaluation_submission s ON s.rater_id = r.id WHERE r.evaluation_id = ? ORDER BY r.id""")
			.param(id.value()).query(IssuedCode.class).list();
	}

	public long countTasks(EvaluationId id) {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_evaluation_task WHERE evaluation_id = ?").param(id.value())
			.query(Long.class).single();
	}

	/** The department rows of an organization in published evaluations. */
	public List<Map.Entry<EvaluationView, Department>> publishedFor(long organizationId) {
		return jdbc.sql("""
				SELECT e.id AS eid, d.id AS did FROM oversight_evaluation e
				JOIN oversight_evaluation_department d ON d.evaluation_id = e.id
				WHERE e.state = 'PUBLISHED' AND d.organization_id = ? ORDER BY e.id DESC""").param(organizationId)
			.query((rs, i) -> Map.entry(get(new EvaluationId(rs.getLong("eid"))).orElseThrow(),
					new Department(rs.getLong("did"), organizationId)))
			.list();
	}
}
