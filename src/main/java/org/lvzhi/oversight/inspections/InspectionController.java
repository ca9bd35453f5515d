package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.lvzhi.platform.Page;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.plan.SupervisionPlans;
import org.lvzhi.platform.Moves;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's pages of law-enforcement inspections: plan, team, key areas, sites and problems, report. */
@Controller
@RequestMapping("/oversight/inspections")
@PreAuthorize("@inspectionAccess.canRead(authentication)")
class InspectionController {

	@org.springframework.web.bind.annotation.ModelAttribute("staff")
	boolean staff(org.springframework.security.core.Authentication user) {
		return user != null && (org.lvzhi.platform.Roles.has(user, org.lvzhi.platform.Roles.STAFF)
				|| org.lvzhi.platform.Roles.has(user, org.lvzhi.platform.Roles.ADMIN));
	}

	private final Inspections inspections;
	private final PlanInspection plan;
	private final RecordSite recordSite;
	private final FinishInspection finish;
	private final InspectionDocuments documents;
	private final InspectionDeadlines deadlines;
	private final UnitNames units;
	private final SupervisionPlans plans;

	InspectionController(Inspections inspections, PlanInspection plan, RecordSite recordSite, FinishInspection finish,
			InspectionDocuments documents, InspectionDeadlines deadlines, UnitNames units, SupervisionPlans plans) {
		this.plans = plans;
		this.inspections = inspections;
		this.plan = plan;
		this.recordSite = recordSite;
		this.finish = finish;
		this.documents = documents;
		this.deadlines = deadlines;
		this.units = units;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("inspections", inspections.list(year));
		return "oversight/inspections/list";
	}

	@GetMapping("/new")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String form(Model model) {
		model.addAttribute("topics", Topic.values());
		return "oversight/inspections/form";
	}

	@PostMapping
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String create(@RequestParam String title, @RequestParam String lawTitle,
			@RequestParam(required = false) String lawReference, @RequestParam Topic topic,
			@RequestParam(required = false) String leadBody,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
			@RequestParam(required = false) String keyAreas, Model model, RedirectAttributes r) {
		try {
			InspectionId id = plan.plan(new NewInspection(title, lawTitle, lawReference, topic, leadBody, startedOn,
					keyAreas == null ? List.of() : Arrays.asList(keyAreas.split("\\R"))));
			r.addFlashAttribute("successKey", "inspections.planned");
			return "redirect:/oversight/inspections/" + id.value();
		}
		catch (InspectionException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			model.addAttribute("topics", Topic.values());
			return "oversight/inspections/form";
		}
	}

	@GetMapping("/{id:\\d+}")
	String detail(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
		InspectionId iid = new InspectionId(id);
		var inspection = inspections.inspection(iid).orElseThrow(Moves::notFound);
		model.addAttribute("inspection", inspection);
		model.addAttribute("team", inspections.team(iid));
		model.addAttribute("planItem", plans.itemFor(PlanItemKind.INSPECTION, id).orElse(null));
		model.addAttribute("areas", inspections.areas(iid));
		model.addAttribute("sites", inspections.sites(iid));
		LocalDate today = deadlines.today();
		model.addAttribute("today", today);
		model.addAttribute("page", inspections.problems(new ProblemQuery(id, null, null, false, null), today,
				Page.number(page), Page.DEFAULT_SIZE));
		model.addAttribute("units", units);
		model.addAttribute("roles", TeamRole.values());
		return "oversight/inspections/detail";
	}

	@PostMapping("/{id:\\d+}/team")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String addMember(@PathVariable long id, @RequestParam TeamRole role, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) String name, @RequestParam(required = false) String affiliation,
			RedirectAttributes r) {
		return Moves.run("/oversight/inspections/" + id + "#team", r, "inspections.saved",
				() -> plan.addTeam(new InspectionId(id), List.of(new TeamMember(role, personId, name, affiliation))));
	}

	@PostMapping("/{id:\\d+}/areas")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String addArea(@PathVariable long id, @RequestParam String name, RedirectAttributes r) {
		return Moves.run("/oversight/inspections/" + id + "#areas", r, "inspections.saved",
				() -> plan.addArea(new InspectionId(id), name));
	}

	@GetMapping("/{id:\\d+}/sites/new")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String siteForm(@PathVariable long id, Model model) {
		model.addAttribute("inspection", inspections.inspection(new InspectionId(id)).orElseThrow(Moves::notFound));
		model.addAttribute("areas", inspections.areas(new InspectionId(id)));
		model.addAttribute("modes", SiteMode.values());
		model.addAttribute("today", deadlines.today());
		return "oversight/inspections/site-form";
	}

	@PostMapping("/{id:\\d+}/sites")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String recordSite(@PathVariable long id, @RequestParam String name, @RequestParam(required = false) String district,
			@RequestParam String address,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
			@RequestParam(required = false) SiteMode mode, @RequestParam(required = false) String area,
			@RequestParam(required = false) String notes,
			@RequestParam(name = "problem", required = false) List<String> problemTexts,
			@RequestParam(name = "article", required = false) List<String> articles, Model model,
			RedirectAttributes r) {
		List<NewSite.NewProblem> problems = new ArrayList<>();
		List<String> texts = problemTexts == null ? List.of() : problemTexts;
		for (int i = 0; i < texts.size(); i++) {
			String article = articles != null && i < articles.size() ? articles.get(i) : null;
			if (texts.get(i) != null && !texts.get(i).isBlank()) {
				problems.add(new NewSite.NewProblem(texts.get(i), article));
			}
		}
		try {
			if (checkedOn != null && checkedOn.isAfter(deadlines.today())) {
				throw new InspectionException("inspections.error.future");
			}
			recordSite.record(new InspectionId(id), new NewSite(name, district, address, checkedOn, mode, area, notes,
					problems));
			r.addFlashAttribute("successKey", "inspections.siteRecorded");
			return "redirect:/oversight/inspections/" + id + "#problems";
		}
		catch (InspectionException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			return siteForm(id, model);
		}
	}

	@PostMapping("/{id:\\d+}/finish")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String finish(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
			@RequestParam(required = false) String summary, RedirectAttributes r) {
		return Moves.run("/oversight/inspections/" + id, r, "inspections.saved",
				() -> finish.finish(new InspectionId(id), version, endedOn, summary));
	}

	@GetMapping("/{id:\\d+}/report.docx")
	ResponseEntity<byte[]> report(@PathVariable long id, Locale locale) {
		inspections.inspection(new InspectionId(id)).orElseThrow(Moves::notFound);
		byte[] docx = documents.report(new InspectionId(id), deadlines.today(), locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("inspection-" + id + ".docx").build().toString())
			.contentType(MediaType.parseMediaType(org.lvzhi.platform.WordDocuments.DOCX)).body(docx);
	}
}
