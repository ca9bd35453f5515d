package org.lvzhi.oversight.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.oversight.web.OversightAccess;
import org.lvzhi.platform.Moves;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A department sees its own results in published evaluations: its overall score and rank, and its
 * key tasks, the unsatisfactory ones with a field for what it did about them.
 */
@Controller
@PreAuthorize("@oversightAccess.isUnit(authentication)")
class UnitResultsController {

	/** One published evaluation as the department reads it. */
	record MyResult(Evaluations.EvaluationView evaluation, Evaluations.Result overall, int ranked,
			List<Evaluations.Result> tasks) {
	}

	private final Evaluations evaluations;
	private final EvaluationService service;
	private final Deadlines deadlines;

	UnitResultsController(Evaluations evaluations, EvaluationService service, Deadlines deadlines) {
		this.evaluations = evaluations;
		this.service = service;
		this.deadlines = deadlines;
	}

	@GetMapping("/oversight/evaluation-results")
	String mine(Authentication user, Model model) {
		long organ = OversightAccess.unit(user);
		List<MyResult> results = new ArrayList<>();
		for (Map.Entry<Evaluations.EvaluationView, Evaluations.Department> e : evaluations.publishedFor(organ)) {
			EvaluationId id = new EvaluationId(e.getKey().id());
			long dept = e.getValue().id();
			var all = evaluations.departmentResults(id, Map.of());
			results.add(new MyResult(e.getKey(),
					all.stream().filter(r -> r.departmentId() == dept).findFirst().orElse(null), all.size(),
					evaluations.taskResults(id).stream().filter(r -> r.departmentId() == dept).toList()));
		}
		model.addAttribute("results", results);
		return "oversight/evaluations/mine";
	}

	@PostMapping("/oversight/evaluation-results/tasks/{task}")
	String followUp(@PathVariable long task, @RequestParam(required = false) String note, Authentication user,
			RedirectAttributes redirect) {
		return Moves.run("/oversight/evaluation-results", redirect, "oversight.evaluation.followedUp",
				() -> service.followUp(task, new OrganizationId(OversightAccess.unit(user)), note, deadlines.today()));
	}
}
