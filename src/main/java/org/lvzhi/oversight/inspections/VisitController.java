package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.plan.SupervisionPlans;
import org.lvzhi.platform.Moves;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inspection and research visits: who went where, what they found, the problems coordinated. */
@Controller
@RequestMapping("/oversight/visits")
@PreAuthorize("@inspectionAccess.canRead(authentication)")
class VisitController {

	@org.springframework.web.bind.annotation.ModelAttribute("staff")
	boolean staff(org.springframework.security.core.Authentication user) {
		return user != null && (org.lvzhi.platform.Roles.has(user, org.lvzhi.platform.Roles.STAFF)
				|| org.lvzhi.platform.Roles.has(user, org.lvzhi.platform.Roles.ADMIN));
	}

	private final Inspections inspections;
	private final RecordVisit recordVisit;
	private final InspectionDeadlines deadlines;
	private final UnitNames units;
	private final SupervisionPlans plans;

	VisitController(Inspections inspections, RecordVisit recordVisit, InspectionDeadlines deadlines, UnitNames units,
			SupervisionPlans plans) {
		this.plans = plans;
		this.inspections = inspections;
		this.recordVisit = recordVisit;
		this.deadlines = deadlines;
		this.units = units;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) VisitKind kind,
			Model model) {
		model.addAttribute("year", year);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", VisitKind.values());
		model.addAttribute("visits", inspections.visits(year, kind));
		return "oversight/inspections/visits";
	}

	@GetMapping("/new")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String form(Model model) {
		model.addAttribute("kinds", VisitKind.values());
		return "oversight/inspections/visit-form";
	}

	@PostMapping
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String create(@RequestParam(required = false) VisitKind kind, @RequestParam String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam String place, @RequestParam String participants,
			@RequestParam(required = false) String findings, Model model, RedirectAttributes r) {
		try {
			var recorded = recordVisit.record(new NewVisit(kind, title, visitedOn, place, participants, findings, List.of()));
			r.addFlashAttribute("successKey", "inspections.visitRecorded");
			return "redirect:/oversight/visits/" + recorded.visit().value();
		}
		catch (InspectionException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			model.addAttribute("kinds", VisitKind.values());
			return "oversight/inspections/visit-form";
		}
	}

	@GetMapping("/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("visit", inspections.visit(new VisitId(id)).orElseThrow(Moves::notFound));
		model.addAttribute("problems", inspections.visitProblems(new VisitId(id)));
		model.addAttribute("planItem", plans.itemFor(PlanItemKind.RESEARCH, id).orElse(null));
		model.addAttribute("units", units);
		return "oversight/inspections/visit";
	}

	@PostMapping("/{id:\\d+}/problems")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String raise(@PathVariable long id, @RequestParam String description, @RequestParam(required = false) Long unit,
			RedirectAttributes r) {
		return Moves.run("/oversight/visits/" + id, r, "inspections.saved",
				() -> recordVisit.raise(new VisitId(id), new NewVisit.RaisedProblem(description, unit)));
	}

	@PostMapping("/{id:\\d+}/problems/{problemId:\\d+}/resolve")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String resolve(@PathVariable long id, @PathVariable long problemId, @RequestParam int version,
			@RequestParam(required = false) String resolution, RedirectAttributes r) {
		return Moves.run("/oversight/visits/" + id, r, "inspections.saved",
				() -> recordVisit.resolve(problemId, version, resolution, deadlines.today()));
	}
}
