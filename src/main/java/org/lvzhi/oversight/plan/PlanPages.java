package org.lvzhi.oversight.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.PlanRecord;
import org.lvzhi.oversight.plan.SupervisionPlans.Revision;
import org.lvzhi.oversight.web.Names;
import org.lvzhi.oversight.web.OversightAccess;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.WordDocuments;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The office's page of the annual supervision plan: draft the items, record the council of
 * chairpersons' adoption, publish, amend; every revision stays readable, to committee members too.
 */
@Controller
@PreAuthorize("@oversightAccess.isStaff(authentication)")
class PlanPages {

	private final SupervisionPlans plans;
	private final SupervisionPlanService service;
	private final Directory directory;
	private final Deadlines deadlines;
	private final PlanDocuments documents;
	private final OversightAccess access;

	PlanPages(SupervisionPlans plans, SupervisionPlanService service, Directory directory, Deadlines deadlines,
			PlanDocuments documents, OversightAccess access) {
		this.access = access;
		this.plans = plans;
		this.service = service;
		this.directory = directory;
		this.deadlines = deadlines;
		this.documents = documents;
	}

	@GetMapping("/oversight/plan")
	@PreAuthorize("@oversightAccess.readsAll(authentication)")
	String show(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer revision,
			Authentication user, Model model) {
		boolean staff = access.isStaff(user);
		model.addAttribute("staff", staff);
		int y = year == null ? deadlines.today().getYear() + 1 : year;
		model.addAttribute("year", y);
		model.addAttribute("years", plans.years());
		model.addAttribute("kinds", PlanItemKind.values());
		model.addAttribute("today", deadlines.today());
		plans.plan(y).ifPresent(plan -> {
			List<Revision> revisions = plans.revisions(plan.id());
			Revision latest = revisions.get(revisions.size() - 1);
			Revision shown = revision == null ? latest
					: revisions.stream().filter(r -> r.revision() == revision).findFirst().orElseThrow(Moves::notFound);
			model.addAttribute("plan", plan);
			model.addAttribute("revisions", revisions);
			model.addAttribute("latest", latest);
			model.addAttribute("shown", shown);
			model.addAttribute("latestShown", staff && shown == latest);
			model.addAttribute("editable", staff && shown == latest && !latest.adopted());
			model.addAttribute("publishedAny", revisions.stream().anyMatch(r -> r.state() == SupervisionPlans.RevisionState.PUBLISHED));
			List<SupervisionPlans.Item> items = plans.items(plan.id(), shown.revision());
			model.addAttribute("items", items);
			Map<PlanItemKind, List<PlanRecord>> records = new EnumMap<>(PlanItemKind.class);
			for (PlanItemKind k : PlanItemKind.values()) {
				records.put(k, plans.records(y, k));
			}
			model.addAttribute("records", records);
			model.addAttribute("organs", organs(directory));
			model.addAttribute("names",
					new Names(directory).ofBodies(items.stream().map(SupervisionPlans.Item::organId).toList()));
		});
		return "oversight/plan/detail";
	}

	/** Any revision of the plan as the Word document; one not yet adopted is marked as a draft. */
	@GetMapping("/oversight/plan/{year:\\d{4}}/plan.docx")
	@PreAuthorize("@oversightAccess.readsAll(authentication)")
	ResponseEntity<byte[]> document(@PathVariable int year, @RequestParam(required = false) Integer revision,
			Locale locale) {
		var plan = plans.plan(year).orElseThrow(Moves::notFound);
		List<Revision> revisions = plans.revisions(plan.id());
		Revision shown = revision == null ? revisions.get(revisions.size() - 1)
				: revisions.stream().filter(r -> r.revision() == revision).findFirst().orElseThrow(Moves::notFound);
		return download(documents.fileName(plan, shown), documents.plan(plan, shown, locale));
	}

	static ResponseEntity<byte[]> download(String fileName, byte[] docx) {
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, WordDocuments.attachment(fileName))
			.contentType(MediaType.parseMediaType(WordDocuments.DOCX)).body(docx);
	}

	@PostMapping("/oversight/plan")
	String draft(@RequestParam int year, @RequestParam(required = false) String title, RedirectAttributes redirect) {
		return Moves.run(back(year), redirect, "oversight.plan.drafted", () -> service.draft(year, title));
	}

	@PostMapping("/oversight/plan/{year}/items")
	String add(@PathVariable int year, @RequestParam int version, @RequestParam(required = false) PlanItemKind kind,
			@RequestParam(required = false) String title, @RequestParam(required = false) Long organ,
			@RequestParam(required = false) String leadBody, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return Moves.run(back(year), redirect, "oversight.plan.saved", () -> service.addItem(year, version, kind,
				title, organ == null ? null : new OrganizationId(organ), leadBody, month, note, null, null));
	}

	@PostMapping("/oversight/plan/{year}/items/{item}/replace")
	String replace(@PathVariable int year, @PathVariable long item, @RequestParam int version,
			@RequestParam(required = false) String title, @RequestParam(required = false) Long organ,
			@RequestParam(required = false) String leadBody, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return Moves.run(back(year), redirect, "oversight.plan.saved", () -> service.replaceItem(year, version,
				item, title, organ == null ? null : new OrganizationId(organ), leadBody, month, note));
	}

	@PostMapping("/oversight/plan/{year}/items/{item}/remove")
	String remove(@PathVariable int year, @PathVariable long item, @RequestParam int version,
			RedirectAttributes redirect) {
		return Moves.run(back(year), redirect, "oversight.plan.saved",
				() -> service.removeItem(year, version, item));
	}

	@PostMapping("/oversight/plan/{year}/items/{item}/link")
	String link(@PathVariable int year, @PathVariable long item, @RequestParam int version,
			@RequestParam(required = false) Long record, RedirectAttributes redirect) {
		return Moves.run(back(year), redirect, "oversight.plan.linked", () -> {
			if (record == null) {
				throw new org.lvzhi.oversight.OversightException("oversight.error.planRecord", "");
			}
			service.link(year, version, item, record);
		});
	}

	@PostMapping("/oversight/plan/{year}/adopt")
	String adopt(@PathVariable int year, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate meeting,
			@RequestParam(required = false) String decision, RedirectAttributes redirect) {
		return Moves.run(back(year), redirect, "oversight.plan.adoptedDone",
				() -> service.adopt(year, version, meeting, decision));
	}

	@PostMapping("/oversight/plan/{year}/publish")
	String publish(@PathVariable int year, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run(back(year), redirect, "oversight.plan.publishedDone",
				() -> service.publish(year, version, Objects.requireNonNullElse(on, deadlines.today())));
	}

	@PostMapping("/oversight/plan/{year}/amend")
	String amend(@PathVariable int year, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return Moves.run(back(year), redirect, "oversight.plan.amendmentOpened",
				() -> service.amend(year, version, reason));
	}

	private static String back(int year) {
		return "/oversight/plan?year=" + year;
	}

	static List<OrganizationView> organs(Directory directory) {
		List<OrganizationView> organs = new ArrayList<>();
		for (Classification c : List.of(Classification.GOVERNMENT, Classification.SUPERVISORY_COMMISSION,
				Classification.COURT, Classification.PROCURATORATE, Classification.GOVERNMENT_DEPARTMENT)) {
			organs.addAll(directory.findOrganizations(new OrganizationQuery(null, c, null, null), 1, 200).items());
		}
		return organs;
	}

	/** The published plan on the portal: its latest published revision, with the adoption recorded. */
	@Controller
	@PreAuthorize("permitAll()")
	static class PublicPlan {

		private final SupervisionPlans plans;
		private final Directory directory;
		private final PlanDocuments documents;

		PublicPlan(SupervisionPlans plans, Directory directory, PlanDocuments documents) {
			this.plans = plans;
			this.directory = directory;
			this.documents = documents;
		}

		/** The published revision as the Word document; nothing before publication. */
		@GetMapping("/public/oversight-plan/{year:\\d{4}}/plan.docx")
		ResponseEntity<byte[]> document(@PathVariable int year, Locale locale) {
			var plan = plans.plan(year).orElseThrow(Moves::notFound);
			Revision published = plans.published(plan.id()).orElseThrow(Moves::notFound);
			return download(documents.fileName(plan, published), documents.plan(plan, published, locale));
		}

		@GetMapping("/public/oversight-plan")
		String latest(Model model) {
			List<Integer> years = plans.publishedYears();
			if (years.isEmpty()) {
				model.addAttribute("years", years);
				return "oversight/plan/public";
			}
			return year(years.get(0), model);
		}

		@GetMapping("/public/oversight-plan/{year:\\d{4}}")
		String year(@PathVariable int year, Model model) {
			var plan = plans.plan(year).orElseThrow(Moves::notFound);
			Revision published = plans.published(plan.id()).orElseThrow(Moves::notFound);
			model.addAttribute("years", plans.publishedYears());
			model.addAttribute("plan", plan);
			model.addAttribute("shown", published);
			model.addAttribute("revisions", plans.revisions(plan.id()).stream()
				.filter(r -> r.state() == SupervisionPlans.RevisionState.PUBLISHED).toList());
			Map<PlanItemKind, List<SupervisionPlans.Item>> byKind = new EnumMap<>(PlanItemKind.class);
			for (SupervisionPlans.Item i : plans.items(plan.id(), published.revision())) {
				byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i);
			}
			model.addAttribute("byKind", byKind);
			model.addAttribute("names", new Names(directory).ofBodies(byKind.values().stream().flatMap(List::stream)
				.map(SupervisionPlans.Item::organId).toList()));
			return "oversight/plan/public";
		}
	}
}
