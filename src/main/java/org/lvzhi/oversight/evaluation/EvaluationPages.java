package org.lvzhi.oversight.evaluation;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.oversight.OversightMoves;
import org.lvzhi.platform.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The office's evaluation pages: participation, closing, publishing, results and their export. */
@Controller
@RequestMapping("/oversight/evaluations")
@PreAuthorize("@oversightAccess.isStaff(authentication)")
class EvaluationPages {

	private final Evaluations evaluations;
	private final EvaluationService service;
	private final DepartmentNames names;
	private final Deadlines deadlines;
	private final MessageSource messages;

	EvaluationPages(Evaluations evaluations, EvaluationService service, DepartmentNames names, Deadlines deadlines,
			MessageSource messages) {
		this.evaluations = evaluations;
		this.service = service;
		this.names = names;
		this.deadlines = deadlines;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("evaluations", evaluations.all());
		return "oversight/evaluations/list";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		EvaluationId e = new EvaluationId(id);
		model.addAttribute("e", evaluations.get(e).orElseThrow(OversightMoves::notFound));
		model.addAttribute("weights", evaluations.weights(e));
		model.addAttribute("participation", evaluations.participation(e));
		model.addAttribute("departments", evaluations.departmentResults(e, names.of(e)));
		model.addAttribute("tasks", evaluations.taskResults(e));
		model.addAttribute("departmentNames", names.of(e));
		model.addAttribute("taskCount", evaluations.countTasks(e));
		return "oversight/evaluations/detail";
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return OversightMoves.run("/oversight/evaluations/" + id, redirect, "oversight.evaluation.closed",
				() -> service.close(new EvaluationId(id), deadlines.today()));
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return OversightMoves.run("/oversight/evaluations/" + id, redirect, "oversight.evaluation.published",
				() -> service.publish(new EvaluationId(id), deadlines.today()));
	}

	@GetMapping("/{id:\\d+}/results.xlsx")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		EvaluationId e = new EvaluationId(id);
		evaluations.get(e).orElseThrow(OversightMoves::notFound);
		var locale = LocaleContextHolder.getLocale();
		Map<Long, String> depts = names.of(e);
		response.setContentType(Spreadsheet.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"evaluation-" + id + ".xlsx\"");
		try (Spreadsheet sheet = new Spreadsheet("results", List.of("oversight.evaluation.rank",
				"oversight.evaluation.department", "oversight.evaluation.task", "oversight.evaluation.score",
				"oversight.evaluation.scores", "oversight.evaluation.unsatisfactory").stream()
			.map(k -> messages.getMessage(k, null, locale)).toList())) {
			String yes = messages.getMessage("oversight.evaluation.yes", null, locale);
			for (Evaluations.Result r : evaluations.departmentResults(e, depts)) {
				sheet.row(r.rank(), depts.get(r.departmentId()), null, r.score(), r.scores(), r.unsatisfactory() ? yes : null);
			}
			for (Evaluations.Result r : evaluations.taskResults(e)) {
				sheet.row(r.rank(), depts.get(r.departmentId()), r.title(), r.score(), r.scores(),
						r.unsatisfactory() ? yes : null);
			}
			sheet.writeTo(response.getOutputStream());
		}
	}
}
