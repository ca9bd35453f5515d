package org.lvzhi.legislation.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.PlanLegislation;
import org.lvzhi.legislation.PlanSubject;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectKind;
import org.lvzhi.legislation.comments.CommentDocuments;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.internal.LegislationPages;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.platform.Moves;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The annual legislative plan: prepared and adopted by staff, read by members, published for everybody once adopted. */
@Controller
class PlanController {

	private final PlanStore store;
	private final PlanLegislation plan;
	private final DraftStore drafts;
	private final PlanDocument document;

	PlanController(PlanStore store, PlanLegislation plan, DraftStore drafts, PlanDocument document) {
		this.store = store;
		this.plan = plan;
		this.drafts = drafts;
		this.document = document;
	}

	/** The year's plan as the Word document, marked as a draft until adopted. */
	@GetMapping("/legislation/plan.docx")
	@PreAuthorize(LegislationPages.READERS)
	ResponseEntity<byte[]> staffDocument(@RequestParam(required = false) Integer year, Locale locale) {
		int shown = year(year);
		return download(shown, store.adoption(shown).orElse(null), locale);
	}

	/** The adopted plan as the Word document; nothing before adoption. */
	@GetMapping("/public/plan.docx")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> publicDocument(@RequestParam(required = false) Integer year, Locale locale) {
		int shown = publishedYear(year, store.adoptedYears());
		PlanStore.Adoption adoption = store.adoption(shown).orElseThrow(Moves::notFound);
		return download(shown, adoption, locale);
	}

	private ResponseEntity<byte[]> download(int year, PlanStore.Adoption adoption, Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(document.fileName(year, adoption != null), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(CommentDocuments.DOCX)).body(document.write(year, adoption, locale));
	}

	/** The plan as the office prepares it; members, who adopt it in the council of chairpersons, read it. */
	@GetMapping("/legislation/plan")
	@PreAuthorize(LegislationPages.READERS)
	String staff(@RequestParam(required = false) Integer year, org.springframework.security.core.Authentication user,
			Model model) {
		int shown = year(year);
		fill(shown, model);
		model.addAttribute("staff", org.lvzhi.platform.Roles.has(user, org.lvzhi.platform.Roles.STAFF));
		model.addAttribute("kinds", ProjectKind.values());
		model.addAttribute("subjects", PlanSubject.values());
		model.addAttribute("today", LocalDate.now(LegislationYears.CHINA));
		model.addAttribute("projects", drafts.projects(1, org.lvzhi.platform.Page.MAX_SIZE).items());
		return "legislation/process/plan";
	}

	@PostMapping("/legislation/plan/items/{id:\\d+}/project")
	@PreAuthorize("hasRole('STAFF')")
	String openProject(@PathVariable long id, org.springframework.security.core.Authentication user,
			RedirectAttributes redirect) {
		PlanItem item = store.item(id).orElseThrow(Moves::notFound);
		try {
			ProjectId project = plan.openProject(id, accountId(user));
			redirect.addFlashAttribute("successKey", "legislation.project.created");
			return "redirect:/legislation/projects/" + project;
		}
		catch (LegislationException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
			return "redirect:/legislation/plan?year=" + item.year();
		}
	}

	@PostMapping("/legislation/plan/items/{id:\\d+}/link")
	@PreAuthorize("hasRole('STAFF')")
	String link(@PathVariable long id, @RequestParam(required = false) Long project,
			org.springframework.security.core.Authentication user, RedirectAttributes redirect) {
		PlanItem item = store.item(id).orElseThrow(Moves::notFound);
		try {
			plan.linkProject(id, project == null ? null : new ProjectId(project), accountId(user));
			redirect.addFlashAttribute("successKey", "process.plan.linked");
		}
		catch (LegislationException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return "redirect:/legislation/plan?year=" + item.year();
	}

	private static Long accountId(org.springframework.security.core.Authentication user) {
		org.lvzhi.platform.SignedInUser signedIn = org.lvzhi.platform.SignedInUser.of(user);
		return signedIn == null ? null : signedIn.accountId();
	}

	@PostMapping("/legislation/plan/items")
	@PreAuthorize("hasRole('STAFF')")
	String add(@RequestParam int year, @RequestParam(required = false) String title,
			@RequestParam(required = false) ProjectKind kind, @RequestParam(required = false) PlanSubject subject,
			@RequestParam(required = false) String sponsor, @RequestParam(required = false) String draftingBody,
			@RequestParam(required = false) String committee, @RequestParam(required = false) String schedule,
			RedirectAttributes redirect) {
		try {
			boolean inScope = plan.addItem(year, title, kind, subject, sponsor, draftingBody, committee, schedule);
			redirect.addFlashAttribute(inScope ? "successKey" : "errorKey",
					inScope ? "process.comment.saved" : "process.plan.outOfScope");
		}
		catch (LegislationException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return "redirect:/legislation/plan?year=" + year;
	}

	@PostMapping("/legislation/plan/adopt")
	@PreAuthorize("hasRole('STAFF')")
	String adopt(@RequestParam int year, @RequestParam(required = false) LocalDate on,
			@RequestParam(required = false) String meeting, RedirectAttributes redirect) {
		try {
			plan.adopt(year, on, meeting);
			redirect.addFlashAttribute("successKey", "process.plan.adoptedNow");
		}
		catch (LegislationException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return "redirect:/legislation/plan?year=" + year;
	}

	@GetMapping("/public/plan")
	@PreAuthorize("permitAll()")
	String published(@RequestParam(required = false) Integer year, Model model) {
		java.util.List<Integer> years = store.adoptedYears();
		int shown = publishedYear(year, years);
		model.addAttribute("year", shown);
		model.addAttribute("years", years);
		PlanStore.Adoption adoption = store.adoption(shown).orElse(null);
		model.addAttribute("adoption", adoption);
		model.addAttribute("items", adoption == null ? java.util.List.of() : store.items(shown));
		return "legislation/process/public-plan";
	}

	private void fill(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("adoption", store.adoption(year).orElse(null));
		model.addAttribute("items", store.items(year));
	}

	/** Without a year the public sees the latest adopted plan, not this year's, which may not be adopted yet. */
	private static int publishedYear(Integer year, java.util.List<Integer> adopted) {
		return year == null && !adopted.isEmpty() ? adopted.getFirst() : year(year);
	}

	private static int year(Integer year) {
		return year == null || year < 1979 || year > 2200 ? LocalDate.now(LegislationYears.CHINA).getYear() : year;
	}
}
