package org.lvzhi.oversight.evaluation;

import java.util.List;

import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation and the report's figures: 满意度测评, 测评的政府组成部门, 测评的重点工作. */
@Configuration(proxyBeanMethods = false)
class EvaluationWeb {

	@Bean
	NavigationItem evaluationsNavigation() {
		return NavigationItem.forRoles(420, "nav.oversight.evaluations", "/oversight/evaluations", Roles.STAFF,
				Roles.ADMIN, Roles.MEMBER).in(NavigationItem.GROUP_OVERSIGHT);
	}

	@Bean
	NavigationItem evaluationResultsNavigation() {
		return NavigationItem.forRoles(421, "nav.oversight.evaluationResults", "/oversight/evaluation-results",
				Roles.UNIT).in(NavigationItem.GROUP_OVERSIGHT);
	}

	private record Counted(String key, int order, java.util.function.IntFunction<List<FigureRecord>> list)
			implements Figure {

		@Override
		public long value(int year) {
			return list.apply(year).size();
		}

		@Override
		public List<FigureRecord> records(int year) {
			return list.apply(year);
		}
	}

	@Bean
	Figure satisfactionEvaluationsFigure(Evaluations evaluations) {
		return new Counted("satisfaction_evaluations", 420, year -> evaluations.heldIn(year).stream()
			.map(e -> new FigureRecord(String.valueOf(e.id()), e.title(), e.closedOn(), null)).toList());
	}

	@Bean
	Figure evaluatedDepartmentsFigure(Evaluations evaluations, DepartmentNames departmentNames) {
		return new Counted("evaluated_departments", 421, year -> evaluations.heldIn(year).stream().flatMap(e -> {
			var names = departmentNames.of(new EvaluationId(e.id()));
			return evaluations.departments(new EvaluationId(e.id())).stream()
				.map(d -> new FigureRecord(String.valueOf(d.id()), names.get(d.id()), e.closedOn(), null));
		}).toList());
	}

	@Bean
	Figure evaluatedKeyTasksFigure(Evaluations evaluations) {
		return new Counted("evaluated_key_tasks", 422, year -> evaluations.heldIn(year).stream()
			.flatMap(e -> evaluations.tasks(new EvaluationId(e.id())).stream()
				.map(t -> new FigureRecord(String.valueOf(t.id()), t.title(), e.closedOn(), null)))
			.toList());
	}
}
