package org.lvzhi.oversight.filing;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.platform.AbuseControl;
import org.lvzhi.platform.AbuseControl.Outcome;
import org.lvzhi.platform.AnonymousForm;
import org.lvzhi.platform.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Citizens ask for a normative document to be reviewed and get a tracking code; with the code they
 * read where the request stands and the outcome they are told. The page shows nothing else of the
 * request, and nobody else's. The form is guarded by the platform's abuse controls: the tracking
 * code is shown after a redirect, so a refresh sends nothing again, and the same form sent twice
 * files one request.
 */
@Controller
@RequestMapping("/public/filing-review")
@PreAuthorize("permitAll()")
class PublicReviewRequestController {

	private final FilingService service;
	private final Filings filings;
	private final Deadlines deadlines;
	private final AbuseControl abuse;
	private final AnonymousForm form;

	PublicReviewRequestController(FilingService service, Filings filings, Deadlines deadlines, AbuseControl abuse,
			FilingSettings settings) {
		this.service = service;
		this.filings = filings;
		this.deadlines = deadlines;
		this.abuse = abuse;
		this.form = new AnonymousForm("oversight.filing-review", settings.requestsPerHour());
	}

	@GetMapping
	String form(@RequestParam(required = false) String code, Model model) {
		if (code != null && !code.isBlank()) {
			model.addAttribute("tracked", filings.request(code).orElse(null));
			model.addAttribute("code", code.strip().toUpperCase());
		}
		model.addAttribute("guard", abuse.guard(form));
		return "oversight/filings/public";
	}

	@PostMapping
	String submit(@RequestParam(required = false) String documentTitle, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String requester, @RequestParam(required = false) String contact,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			return abuse.submit(form, "", request, redirect, () -> {
				String code = service.requestReview(documentTitle, reason, requester, contact, deadlines.today());
				return Outcome.redirectTo("/public/filing-review").with("issued", code).tracked(code);
			});
		}
		catch (DomainException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			model.addAttribute("documentTitle", documentTitle);
			model.addAttribute("reason", reason);
			model.addAttribute("requester", requester);
			model.addAttribute("contact", contact);
			return form(null, model);
		}
	}
}
