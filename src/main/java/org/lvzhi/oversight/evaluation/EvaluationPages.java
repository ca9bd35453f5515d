package org.lvzhi.oversight.evaluation;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.RaterGroup;
import org.lvzhi.oversight.plan.SupervisionPlans;
import org.lvzhi.oversight.web.OversightAccess;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The office's evaluation pages: participation, closing, publishing, results and their export.
 * Committee members read them without the access codes, and an open evaluation's scores only once
 * it is closed, since members are among its raters. Codes and changes belong to the office that runs
 * the evaluation ({@link EvaluationAccess}).
 */
@Controller
@RequestMapping("/oversight/evaluations")
@PreAuthorize("@oversightAccess.isStaff(authentication)")
class EvaluationPages {

	private final Evaluations evaluations;
	private final EvaluationService service;
	private final DepartmentNames names;
	private final Directory directory;
	private final Deadlines deadlines;
	private final MessageSource messages;
	private final SupervisionPlans plans;
	private final OversightAccess access;
	private final EvaluationAccess evaluationAccess;

	EvaluationPages(Evaluations evaluations, EvaluationService service, DepartmentNames names, Directory directory,
			Deadlines deadlines, MessageSource messages, SupervisionPlans plans, OversightAccess access,
			EvaluationAccess evaluationAccess) {
		this.evaluationAccess = evaluationAccess;
		this.access = access;
		this.plans = plans;
		this.evaluations = evaluations;
		this.service = service;
		this.names = names;
		this.directory = directory;
		this.deadlines = deadlines;
		this.messages = messages;
	}

	@ModelAttribute("staff")
	@PreAuthorize("@oversightAccess.readsAll(authentication)")
	boolean staff(Authentication user) {
		return access.isStaff(user);
	}

	@GetMapping
	@PreAuthorize("@oversightAccess.readsAll(authentication)")
	String list(Model model) {
		model.addAttribute("evaluations", evaluations.all());
		return "oversight/evaluations/list";
	}

	@GetMapping("/{id:\\d+}")
	@PreAuthorize("@oversightAccess.readsAll(authentication)")
	String show(@PathVariable long id, Authentication user, Model model) {
		EvaluationId e = new EvaluationId(id);
		var evaluation = evaluations.get(e).orElseThrow(Moves::notFound);
		model.addAttribute("e", evaluation);
		model.addAttribute("runs", evaluationAccess.runs(user, id));
		model.addAttribute("office", evaluationAccess.office(id));
		model.addAttribute("resultsShown", access.isStaff(user) || evaluation.state() != EvaluationState.OPEN);
		model.addAttribute("planItem", plans.itemFor(PlanItemKind.EVALUATION, id).orElse(null));
		model.addAttribute("weights", evaluations.weights(e));
		model.addAttribute("participation", evaluations.participation(e));
		model.addAttribute("departments", evaluations.departmentResults(e, names.of(e)));
		model.addAttribute("tasks", evaluations.taskResults(e));
		model.addAttribute("departmentNames", names.of(e));
		model.addAttribute("taskCount", evaluations.countTasks(e));
		model.addAttribute("groups", RaterGroup.values());
		model.addAttribute("organs", directory
			.findOrganizations(new OrganizationQuery(null, Classification.GOVERNMENT_DEPARTMENT, null, null), 1, 200).items());
		return "oversight/evaluations/detail";
	}

	@PostMapping
	String open(@RequestParam(required = false) String title, @RequestParam(required = false) Integer year,
			Authentication user, RedirectAttributes redirect) {
		Map<RaterGroup, Integer> weights = new EnumMap<>(RaterGroup.class);
		weights.putAll(Map.of(RaterGroup.MEMBERS, 30, RaterGroup.COMMITTEE_MEMBERS, 20, RaterGroup.DEPUTIES, 25,
				RaterGroup.EXPERTS, 10, RaterGroup.BUSINESS, 15));
		return Moves.run("/oversight/evaluations", redirect, "oversight.evaluation.opened",
				() -> service.open(title, year == null ? deadlines.today().getYear() : year, deadlines.today(), weights,
						EvaluationAccess.officeOf(user)));
	}

	@PostMapping("/{id}/departments")
	@PreAuthorize("@evaluationAccess.runs(authentication, #id)")
	String addDepartment(@PathVariable long id, @RequestParam(required = false) Long organ, RedirectAttributes redirect) {
		return Moves.run("/oversight/evaluations/" + id, redirect, "oversight.evaluation.saved", () -> {
			if (organ == null) {
				throw new OversightException("oversight.error.organRequired");
			}
			service.addDepartment(new EvaluationId(id), new OrganizationId(organ));
		});
	}

	@PostMapping("/{id}/tasks")
	@PreAuthorize("@evaluationAccess.runs(authentication, #id)")
	String addTask(@PathVariable long id, @RequestParam(required = false) Long organ,
			@RequestParam(required = false) String title, RedirectAttributes redirect) {
		return Moves.run("/oversight/evaluations/" + id, redirect, "oversight.evaluation.saved", () -> {
			if (organ == null) {
				throw new OversightException("oversight.error.organRequired");
			}
			service.addTask(new EvaluationId(id), new OrganizationId(organ), title);
		});
	}

	@PostMapping("/{id}/raters")
	@PreAuthorize("@evaluationAccess.runs(authentication, #id)")
	String addRaters(@PathVariable long id, @RequestParam(required = false) RaterGroup group,
			@RequestParam(required = false) Integer count, RedirectAttributes redirect) {
		return Moves.run("/oversight/evaluations/" + id, redirect, "oversight.evaluation.saved", () -> {
			if (group == null || count == null || count < 1 || count > 5000) {
				throw new OversightException("oversight.error.raterCount");
			}
			service.addRaters(new EvaluationId(id), group, count, List.of());
		});
	}

	@GetMapping("/{id:\\d+}/codes.xlsx")
	@PreAuthorize("@evaluationAccess.runs(authentication, #id)")
	void codes(@PathVariable long id, HttpServletResponse response) throws IOException {
		EvaluationId e = new EvaluationId(id);
		evaluations.get(e).orElseThrow(Moves::notFound);
		var locale = LocaleContextHolder.getLocale();
		response.setContentType(Spreadsheet.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"evaluation-" + id + "-codes.xlsx\"");
		try (Spreadsheet sheet = new Spreadsheet("codes", List.of("oversight.evaluation.group", "oversight.evaluation.code",
				"oversight.evaluation.link", "oversight.evaluation.submitted").stream()
			.map(k -> messages.getMessage(k, null, locale)).toList())) {
			String yes = messages.getMessage("oversight.evaluation.yes", null, locale);
			for (Evaluations.IssuedCode c : evaluations.codes(e)) {
				sheet.row(messages.getMessage("oversight.raterGroup." + c.groupCode(), null, locale), c.accessCode(),
						"/public/evaluation/" + c.accessCode(), c.submitted() ? yes : null);
			}
			sheet.writeTo(response.getOutputStream());
		}
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("@evaluationAccess.runs(authentication, #id)")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return Moves.run("/oversight/evaluations/" + id, redirect, "oversight.evaluation.closed",
				() -> service.close(new EvaluationId(id), deadlines.today()));
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("@evaluationAccess.runs(authentication, #id)")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return Moves.run("/oversight/evaluations/" + id, redirect, "oversight.evaluation.published",
				() -> service.publish(new EvaluationId(id), deadlines.today()));
	}

	@GetMapping("/{id:\\d+}/results.xlsx")
	@PreAuthorize("@oversightAccess.readsAll(authentication)")
	void export(@PathVariable long id, Authentication user, HttpServletResponse response) throws IOException {
		EvaluationId e = new EvaluationId(id);
		var evaluation = evaluations.get(e).orElseThrow(Moves::notFound);
		if (!access.isStaff(user) && evaluation.state() == EvaluationState.OPEN) {
			throw Moves.notFound();
		}
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
