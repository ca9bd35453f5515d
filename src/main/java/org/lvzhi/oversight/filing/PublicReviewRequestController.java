package org.lvzhi.oversight.filing;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.platform.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Citizens ask for a normative document to be reviewed and get a tracking code; with the code they
 * read where the request stands and the outcome they are told. The page shows nothing else of the
 * request, and nobody else's.
 */
@Controller
@RequestMapping("/public/filing-review")
@PreAuthorize("permitAll()")
class PublicReviewRequestController {

	private final FilingService service;
	private final Filings filings;
	private final Deadlines deadlines;

	PublicReviewRequestController(FilingService service, Filings filings, Deadlines deadlines) {
		this.service = service;
		this.filings = filings;
		this.deadlines = deadlines;
	}

	@GetMapping
	String form(@RequestParam(required = false) String code, Model model) {
		if (code != null && !code.isBlank()) {
			model.addAttribute("tracked", filings.request(code).orElse(null));
			model.addAttribute("code", code.strip().toUpperCase());
		}
		return "oversight/filings/public";
	}

	@PostMapping
	String submit(@RequestParam(required = false) String documentTitle, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String requester, @RequestParam(required = false) String contact,
			Model model) {
		try {
			model.addAttribute("issued", service.requestReview(documentTitle, reason, requester, contact, deadlines.today()));
		}
		catch (DomainException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			model.addAttribute("documentTitle", documentTitle);
			model.addAttribute("reason", reason);
			model.addAttribute("requester", requester);
			model.addAttribute("contact", contact);
		}
		return "oversight/filings/public";
	}
}
