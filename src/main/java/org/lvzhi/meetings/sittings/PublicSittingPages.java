package org.lvzhi.meetings.sittings;

import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.lvzhi.platform.AbuseControl;
import org.lvzhi.platform.AbuseControl.Outcome;
import org.lvzhi.platform.AnonymousForm;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public's page of standing committee sittings: those planned with their date, and those held
 * with their agenda, decisions and vote totals, their communiqué and the texts adopted. Never who
 * attended or who voted how. While a sitting is planned or notified and seats remain, anybody may
 * register to listen (旁听); the form is guarded like every form the public sends.
 */
@Controller
class PublicSittingPages {

	/** What a visitor typed into the registration form, shown again when it is refused. */
	record ListenerForm(String name, String phone, String unit) {
	}

	private final SittingReads reads;
	private final Listeners listeners;
	private final Communiques communiques;
	private final AbuseControl abuse;
	private final AnonymousForm form;

	PublicSittingPages(SittingReads reads, Listeners listeners, Communiques communiques, AbuseControl abuse,
			MeetingsSettings settings) {
		this.reads = reads;
		this.listeners = listeners;
		this.communiques = communiques;
		this.abuse = abuse;
		this.form = new AnonymousForm("meetings.listeners", settings.listenerRegistrationsPerHour());
	}

	@GetMapping("/public/meetings")
	String list(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", reads.find(SittingKind.STANDING_COMMITTEE, null, null, Page.number(page), Page.DEFAULT_SIZE));
		return "meetings/public-list";
	}

	@GetMapping("/public/meetings/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		return page(sitting(id), null, model);
	}

	@PostMapping("/public/meetings/{id:\\d+}/listeners")
	String register(@PathVariable long id, ListenerForm typed, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		SittingView s = sitting(id);
		try {
			return abuse.submit(form, String.valueOf(id), request, redirect, () -> {
				listeners.register(s.sittingId(), typed.name(), typed.phone(), typed.unit());
				return Outcome.redirectTo("/public/meetings/" + id + "/listeners/done");
			});
		}
		catch (DomainException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			return page(s, typed, model);
		}
	}

	@GetMapping("/public/meetings/{id:\\d+}/listeners/done")
	String registered(@PathVariable long id, Model model) {
		model.addAttribute("s", sitting(id));
		return "meetings/public-listener-done";
	}

	private SittingView sitting(long id) {
		return reads.get(new SittingId(id)).filter(v -> v.kind() == SittingKind.STANDING_COMMITTEE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String page(SittingView s, ListenerForm typed, Model model) {
		model.addAttribute("s", s);
		boolean held = s.state() == SittingState.HELD || s.state() == SittingState.CLOSED;
		model.addAttribute("held", held);
		model.addAttribute("items", reads.agenda(s.sittingId()));
		int seats = listeners.seatsLeft(s);
		boolean open = Listeners.open(s) && seats > 0;
		model.addAttribute("seatsLeft", seats);
		model.addAttribute("registration", Listeners.open(s));
		model.addAttribute("registrationOpen", open);
		if (open) {
			model.addAttribute("guard", abuse.guard(form));
		}
		model.addAttribute("form", typed);
		model.addAttribute("communique", communiques.published(s.sittingId()).orElse(null));
		model.addAttribute("adoptedTexts", communiques.adoptedTexts(s.sittingId()));
		return "meetings/public-detail";
	}
}
