package org.lvzhi.oversight.evaluation;

import java.util.HashMap;
import java.util.List;
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

	/**
	 * @param departments the departments' IDs within the evaluation
	 * @param tasks key task ID → its department's ID
	 * @param names department ID → name, for the page
	 * @param departmentList the departments in the sheet's order
	 * @param tasksByDepartment department ID → its key tasks in the sheet's order
	 */
	record Sheet(Set<Long> departments, Map<Long, Long> tasks, Map<Long, String> names,
			List<Evaluations.Department> departmentList, Map<Long, List<Evaluations.Task>> tasksByDepartment) {
	}

	private final Evaluations evaluations;
	private final DepartmentNames names;
	private final Map<Long, Sheet> sheets = new ConcurrentHashMap<>();

	SheetCache(Evaluations evaluations, DepartmentNames names) {
		this.evaluations = evaluations;
		this.names = names;
	}

	Sheet sheet(EvaluationId id) {
		return sheets.computeIfAbsent(id.value(), k -> load(id));
	}

	void forget(EvaluationId id) {
		sheets.remove(id.value());
	}

	private Sheet load(EvaluationId id) {
		Map<Long, Long> tasks = new HashMap<>();
		List<Evaluations.Task> taskList = evaluations.tasks(id);
		taskList.forEach(t -> tasks.put(t.id(), t.departmentId()));
		List<Evaluations.Department> departments = evaluations.departments(id);
		return new Sheet(departments.stream().map(Evaluations.Department::id).collect(Collectors.toSet()), tasks,
				names.of(id), departments,
				taskList.stream().collect(Collectors.groupingBy(Evaluations.Task::departmentId)));
	}
}
