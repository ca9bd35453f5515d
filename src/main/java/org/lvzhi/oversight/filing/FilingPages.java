package org.lvzhi.oversight.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.oversight.FilingId;
import org.lvzhi.oversight.FilingOutcome;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.ReviewType;
import org.lvzhi.oversight.web.Names;
import org.lvzhi.oversight.web.OversightAccess;
import org.lvzhi.platform.Moves;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * The office's filing review: the register of filed documents, each document's review, the requests.
 * Committee members read the register and the reviews; the citizens' requests stay with the office.
 */
@Controller
@RequestMapping("/oversight/filings")
@PreAuthorize("@oversightAccess.isStaff(authentication)")
class FilingPages {

	private static final String ISO = "yyyy-MM-dd";

	private final Filings filings;
	private final FilingService service;
	private final Directory directory;
	private final Deadlines deadlines;
	private final OversightAccess access;

	FilingPages(Filings filings, FilingService service, Directory directory, Deadlines deadlines,
			OversightAccess access) {
		this.access = access;
		this.filings = filings;
		this.service = service;
		this.directory = directory;
		this.deadlines = deadlines;
	}

	@ModelAttribute("staff")
	@PreAuthorize("@oversightAccess.readsAll(authentication)")
	boolean staff(Authentication user) {
		return access.isStaff(user);
	}

	@GetMapping
	@PreAuthorize("@oversightAccess.readsAll(authentication)")
	String list(@RequestParam(required = false) Integer year, Authentication user, Model model) {
		model.addAttribute("year", year);
		var all = filings.all(year);
		model.addAttribute("filings", all);
		model.addAttribute("names", new Names(directory).ofBodies(all.stream().map(Filings.FilingView::makerId).toList()));
		if (access.isStaff(user)) {
			model.addAttribute("requests", filings.requests());
			model.addAttribute("makers", makers());
		}
		model.addAttribute("today", deadlines.today());
		return "oversight/filings/list";
	}

	private List<OrganizationView> makers() {
		List<OrganizationView> all = new ArrayList<>();
		for (Classification c : List.of(Classification.GOVERNMENT, Classification.SUPERVISORY_COMMISSION,
				Classification.COURT, Classification.PROCURATORATE)) {
			all.addAll(directory.findOrganizations(new OrganizationQuery(null, c, null, null), 1, 100).items());
		}
		return all;
	}

	@GetMapping("/{id:\\d+}")
	@PreAuthorize("@oversightAccess.readsAll(authentication)")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("f", filings.get(new FilingId(id)).orElseThrow(Moves::notFound));
		model.addAttribute("names", new Names(directory));
		model.addAttribute("types", ReviewType.values());
		model.addAttribute("outcomes", FilingOutcome.values());
		model.addAttribute("today", deadlines.today());
		return "oversight/filings/detail";
	}

	@PostMapping
	String file(@RequestParam(required = false) String title, @RequestParam(required = false) String number,
			@RequestParam(required = false) Long maker,
			@RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate published,
			@RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate filed, RedirectAttributes redirect) {
		return Moves.run("/oversight/filings", redirect, "oversight.filing.filed", () -> service.file(title, number,
				maker == null ? null : new OrganizationId(maker), published, filed == null ? deadlines.today() : filed));
	}

	@PostMapping("/{id}/check")
	String check(@PathVariable long id, @RequestParam(required = false) ReviewType type,
			@RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate on, RedirectAttributes redirect) {
		return move(id, redirect, () -> service.check(new FilingId(id), type, day(on)));
	}

	@PostMapping("/{id}/opinion")
	String opinion(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate on, RedirectAttributes redirect) {
		return move(id, redirect, () -> service.sendOpinion(new FilingId(id), text, day(on)));
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate on, RedirectAttributes redirect) {
		return move(id, redirect, () -> service.recordAnswer(new FilingId(id), text, day(on)));
	}

	@PostMapping("/{id}/conclude")
	String conclude(@PathVariable long id, @RequestParam(required = false) FilingOutcome outcome,
			@RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate on, RedirectAttributes redirect) {
		return move(id, redirect, () -> service.conclude(new FilingId(id), outcome, day(on)));
	}

	@PostMapping("/requests/{code}")
	String request(@PathVariable String code, @RequestParam(required = false) Long filing,
			@RequestParam(required = false) String reply, RedirectAttributes redirect) {
		return Moves.run("/oversight/filings", redirect, "oversight.filing.requestSaved", () -> {
			if (filing == null && (reply == null || reply.isBlank())) {
				throw new OversightException("oversight.error.textRequired");
			}
			if (filing != null) {
				service.linkRequest(code, new FilingId(filing));
			}
			if (reply != null && !reply.isBlank()) {
				service.replyToRequest(code, reply, deadlines.today());
			}
		});
	}

	private LocalDate day(LocalDate on) {
		return Objects.requireNonNullElse(on, deadlines.today());
	}

	private String move(long id, RedirectAttributes redirect, Runnable move) {
		return Moves.run("/oversight/filings/" + id, redirect, "oversight.filing.saved", move);
	}
}
