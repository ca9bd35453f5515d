package org.lvzhi.reporting.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.lvzhi.platform.Moves;
import org.lvzhi.platform.SignedInUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's annual reports: the list with a start for a new year, the editor (header, text with
 * live figures, the figures beside last year's, warnings, revisions and their comparison), freeze,
 * reopen, publish, and the template new drafts start from.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("@annualReportAccess.isOffice(authentication)")
class AnnualReportPages {

	private final AnnualReportStore store;
	private final ReportDesk desk;
	private final ReportRendering rendering;
	private final Clock clock;

	AnnualReportPages(AnnualReportStore store, ReportDesk desk, ReportRendering rendering, Clock clock) {
		this.store = store;
		this.desk = desk;
		this.rendering = rendering;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		List<AnnualReport> reports = store.all();
		int current = LocalDate.now(clock).getYear();
		model.addAttribute("reports", reports);
		model.addAttribute("startYears", IntStream.iterate(current, y -> y >= current - 5, y -> y - 1)
			.filter(y -> reports.stream().noneMatch(r -> r.reportYear() == y)).boxed().toList());
		model.addAttribute("suggestedYear", current - 1);
		return "reporting/annual-list";
	}

	@PostMapping
	String start(@RequestParam(required = false) Integer year, Authentication user, RedirectAttributes redirect) {
		int[] started = new int[1];
		String back = Moves.run("/reports", redirect, "reporting.annual.flash.started",
				() -> started[0] = desk.start(year, author(user)).reportYear());
		return started[0] > 0 ? "redirect:/reports/" + started[0] : back;
	}

	@GetMapping("/{year:\\d{4}}")
	String editor(@PathVariable int year, Model model) {
		AnnualReport report = store.ofYear(year).orElseThrow(Moves::notFound);
		Revision latest = store.latest(report);
		model.addAttribute("report", report);
		model.addAttribute("body", latest.body());
		model.addAttribute("view", rendering.view(report, latest.body()));
		model.addAttribute("revisions", store.revisions(report.id()));
		return "reporting/annual-editor";
	}

	@PostMapping("/{year:\\d{4}}")
	String save(@PathVariable int year, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String title, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportDate,
			@RequestParam(required = false) String body, @RequestParam(required = false) String note,
			Authentication user, RedirectAttributes redirect) {
		return Moves.run("/reports/" + year, redirect, "reporting.annual.flash.saved",
				() -> desk.save(year, version, title, issuer, reportDate, body, note, author(user)));
	}

	@PostMapping("/{year:\\d{4}}/freeze")
	String freeze(@PathVariable int year, @RequestParam(required = false) Integer version, Authentication user,
			RedirectAttributes redirect) {
		return Moves.run("/reports/" + year, redirect, "reporting.annual.flash.frozen",
				() -> desk.freeze(year, version, author(user)));
	}

	@PostMapping("/{year:\\d{4}}/reopen")
	String reopen(@PathVariable int year, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return Moves.run("/reports/" + year, redirect, "reporting.annual.flash.reopened",
				() -> desk.reopen(year, version));
	}

	@PostMapping("/{year:\\d{4}}/publish")
	String publish(@PathVariable int year, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		return Moves.run("/reports/" + year, redirect, "reporting.annual.flash.published",
				() -> desk.publish(year, version));
	}

	/** An older revision, as it reads with the report's figures. */
	@GetMapping("/{year:\\d{4}}/revisions/{number:\\d+}")
	String revision(@PathVariable int year, @PathVariable int number, Model model) {
		AnnualReport report = store.ofYear(year).orElseThrow(Moves::notFound);
		Revision revision = store.revision(report.id(), number).orElseThrow(Moves::notFound);
		model.addAttribute("report", report);
		model.addAttribute("revision", revision);
		model.addAttribute("view", rendering.view(report, revision.body()));
		return "reporting/annual-revision";
	}

	/** Two revisions side by side, paragraph by paragraph. */
	@GetMapping("/{year:\\d{4}}/compare")
	String compare(@PathVariable int year, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		AnnualReport report = store.ofYear(year).orElseThrow(Moves::notFound);
		int newer = to == null ? report.revision() : to;
		int older = from == null ? Math.max(1, newer - 1) : from;
		Revision a = store.revision(report.id(), older).orElseThrow(Moves::notFound);
		Revision b = store.revision(report.id(), newer).orElseThrow(Moves::notFound);
		model.addAttribute("report", report);
		model.addAttribute("from", a);
		model.addAttribute("to", b);
		model.addAttribute("lines", RevisionDiff.between(a.body(), b.body()));
		model.addAttribute("revisions", store.revisions(report.id()));
		return "reporting/annual-compare";
	}

	@GetMapping("/template")
	String template(Model model) {
		var saved = store.template();
		model.addAttribute("body", desk.template());
		model.addAttribute("templateVersion", saved.map(AnnualReportStore.Template::version).orElse(0));
		model.addAttribute("saved", saved.orElse(null));
		return "reporting/annual-template";
	}

	@PostMapping("/template")
	String saveTemplate(@RequestParam(required = false) Integer version, @RequestParam(required = false) String body,
			Authentication user, RedirectAttributes redirect) {
		return Moves.run("/reports/template", redirect, "reporting.annual.flash.templateSaved",
				() -> desk.saveTemplate(version, body, author(user)));
	}

	private static String author(Authentication user) {
		SignedInUser signed = SignedInUser.of(user);
		return signed != null ? signed.displayName() : user.getName();
	}
}
