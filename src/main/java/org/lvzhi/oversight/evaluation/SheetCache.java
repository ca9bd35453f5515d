package org.lvzhi.oversight.evaluation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.lvzhi.oversight.EvaluationId;
import org.springframework.stereotype.Component;

/**
 * What a sheet must contain: an evaluation's departments and key tasks, read once and kept while
 * it is open (the state itself is read on every submission), since a thousand raters submitting at once would otherwise read the same 141 rows a
 *  thousand times. Adding a department or task forgets the entry; neither is allowed once a rater
 * has submitted, so a sheet cannot change under the raters.
 */
@Component
class SheetCache {

	record Sheet(Set<Long> departments, Map<Long, Long> tasks) {
	}

	private final Evaluations evaluations;
	private final Map<Long, Sheet> sheets = new ConcurrentHashMap<>();

	SheetCache(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	Sheet sheet(EvaluationId id) {
		return sheets.computeIfAbsent(id.value(), k -> load(id));
	}

	void forget(EvaluationId id) {
		sheets.remove(id.value());
	}

	private Sheet load(EvaluationId id) {
		Map<Long, Long> tasks = new HashMap<>();
		evaluations.tasks(id).forEach(t -> tasks.put(t.id(), t.departmentId()));
		return new Sheet(evaluations.departments(id).stream().map(Evaluations.Department::id).collect(Collectors.toSet()), tasks);
	}
}
