package org.lvzhi.petitions.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.lvzhi.petitions.handling.PetitionSettings;
import org.lvzhi.petitions.intake.OnlineIntake;
import org.lvzhi.platform.AbuseControl;
import org.lvzhi.platform.AbuseControl.Outcome;
import org.lvzhi.platform.AnonymousForm;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.files.AttachmentSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side, without an account: the online petition form, guarded by the platform's abuse
 * controls (proof of work, hourly allowance, one answer per form), and the tracking page, which
 * shows one petition's course and reply to whoever holds its code and no personal data at all.
 */
@Controller
@RequestMapping("/public/petitions")
@PreAuthorize("permitAll()")
class PublicPetitionController {

	private final OnlineIntake intake;
	private final PetitionSettings settings;
	private final AbuseControl abuse;
	private final AnonymousForm form;
	private final AttachmentSettings attachments;

	PublicPetitionController(OnlineIntake intake, PetitionSettings settings, AbuseControl abuse,
			AttachmentSettings attachments) {
		this.attachments = attachments;
		this.intake = intake;
		this.settings = settings;
		this.abuse = abuse;
		this.form = new AnonymousForm("petitions.online", settings.onlinePerHour());
	}

	@GetMapping("/new")
	String form(Model m) {
		lists(m);
		m.addAttribute("guard", abuse.guard(form));
		return "petitions/public-form";
	}

	@PostMapping("/new")
	String submit(OnlineIntake.Form petition,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files, HttpServletRequest request,
			Model m, RedirectAttributes redirect) {
		try {
			return abuse.submit(form, "", request, redirect, () -> {
				String code = intake.submit(petition, files);
				return Outcome.redirectTo("/public/petitions/done").with("trackingCode", code).tracked(code);
			});
		}
		catch (DomainException e) {
			m.addAttribute("errorKey", e.messageKey());
			m.addAttribute("errorArgs", e.args());
			m.addAttribute("form", petition);
			lists(m);
			m.addAttribute("guard", abuse.guard(form));
			return "petitions/public-form";
		}
	}

	@GetMapping("/done")
	String done() {
		return "petitions/public-done";
	}

	@GetMapping("/track")
	String track(@RequestParam(required = false) String code, Model m) {
		m.addAttribute("code", code);
		if (code != null && !code.isBlank()) {
			var tracked = intake.track(code).orElse(null);
			m.addAttribute("t", tracked);
			m.addAttribute("notFound", tracked == null);
		}
		return "petitions/track";
	}

	private void lists(Model m) {
		m.addAttribute("categories", settings.categories());
		m.addAttribute("areas", settings.areas());
		m.addAttribute("attachmentLimits", attachments);
	}
}
