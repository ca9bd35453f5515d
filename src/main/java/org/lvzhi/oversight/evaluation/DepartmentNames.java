package org.lvzhi.oversight.evaluation;

import java.util.HashMap;
import java.util.Map;

import org.lvzhi.directory.Directory;
import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.oversight.web.Names;
import org.springframework.stereotype.Component;

/** The names of an evaluation's departments, by their ID within the evaluation. */
@Component
class DepartmentNames {

	private final Evaluations evaluations;
	private final Directory directory;

	DepartmentNames(Evaluations evaluations, Directory directory) {
		this.evaluations = evaluations;
		this.directory = directory;
	}

	Map<Long, String> of(EvaluationId e) {
		var departments = evaluations.departments(e);
		Names names = new Names(directory).ofBodies(departments.stream().map(d -> d.organizationId()).toList());
		Map<Long, String> map = new HashMap<>();
		departments.forEach(d -> map.put(d.id(), names.body(d.organizationId())));
		return map;
	}
}
