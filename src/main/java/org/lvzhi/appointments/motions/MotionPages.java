package org.lvzhi.appointments.motions;

import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.appointments.AppointmentDesk.Proposer;
import org.lvzhi.appointments.AppointmentKind;
import org.lvzhi.appointments.MotionId;
import org.lvzhi.appointments.rules.AppointmentsAccess;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's pages of motions (list, form, one motion with its moves) and the members' reading
 * of them before the sitting.
 */
@Controller
class MotionPages {

	private static final String LIST = "appointments/list";
	private static final String FORM = "appointments/form";
	private static final String DETAIL = "appointments/motion";

	private final MotionReads reads;
	private final MotionStore store;
	private final MotionService motions;
	private final MotionForms forms;
	private final AppointmentsAccess access;
	private final Deadlines deadlines;
	private final MotionPapers papers;

	MotionPages(MotionReads reads, MotionStore store, MotionService motions, MotionForms forms,
			AppointmentsAccess access, Deadlines deadlines, MotionPapers papers) {
		this.papers = papers;
		this.reads = reads;
		this.store = store;
		this.motions = motions;
		this.forms = forms;
		this.access = access;
		this.deadlines = deadlines;
	}

	@InitBinder("form")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.setAutoGrowCollectionLimit(MotionForm.ROWS);
	}

	@GetMapping("/appointments")
	@PreAuthorize("@appointmentsAccess.isReader(authentication)")
	String list(@RequestParam(required = false) MotionState state, @RequestParam(required = false) AppointmentKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sitting,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Authentication user, Model model) {
		Integer y = year == null || year < 1990 || year > 2100 ? null : year;
		model.addAttribute("page", reads.find(state, kind, sitting, y, Page.number(page), Page.size(size)));
		model.addAttribute("state", state);
		model.addAttribute("kind", kind);
		model.addAttribute("sitting", sitting);
		model.addAttribute("year", y);
		model.addAttribute("states", MotionState.values());
		model.addAttribute("kinds", AppointmentKind.values());
		model.addAttribute("days", reads.sittingDays());
		model.addAttribute("office", access.isOffice(user));
		return LIST;
	}

	@GetMapping("/appointments/new")
	@PreAuthorize("@appointmentsAccess.isOffice(authentication)")
	String form(Model model) {
		MotionForm form = new MotionForm();
		form.setSubmittedOn(deadlines.today());
		return form(form, model);
	}

	@PostMapping("/appointments")
	@PreAuthorize("@appointmentsAccess.isOffice(authentication)")
	String submit(@ModelAttribute("form") MotionForm form, Model model, RedirectAttributes redirect) {
		try {
			MotionId id = forms.submit(form);
			redirect.addFlashAttribute("successKey", "appointments.flash.submitted");
			return "redirect:/appointments/motions/" + id.value();
		}
		catch (DomainException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			return form(form, model);
		}
	}

	private String form(MotionForm form, Model model) {
		while (form.getNominees().size() < MotionForm.ROWS) {
			form.getNominees().add(new MotionForm.Row());
		}
		model.addAttribute("form", form);
		model.addAttribute("proposers", Proposer.values());
		model.addAttribute("kinds", AppointmentKind.values());
		model.addAttribute("roles", new MembershipRole[] { MembershipRole.HEAD, MembershipRole.DEPUTY_HEAD,
				MembershipRole.MEMBER, MembershipRole.CHAIR, MembershipRole.VICE_CHAIR });
		model.addAttribute("genders", Gender.values());
		return FORM;
	}

	@GetMapping("/appointments/motions/{id:\\d+}")
	@PreAuthorize("@appointmentsAccess.isReader(authentication)")
	String motion(@PathVariable long id, Authentication user, Model model) {
		MotionRow m = store.motion(id).orElseThrow(Moves::notFound);
		model.addAttribute("m", m);
		model.addAttribute("nominations", reads.ofMotion(id));
		model.addAttribute("papers", papers.of(id));
		model.addAttribute("office", access.isOffice(user));
		model.addAttribute("today", deadlines.today());
		return DETAIL;
	}

	@PostMapping("/appointments/motions/{id:\\d+}/accept")
	@PreAuthorize("@appointmentsAccess.isOffice(authentication)")
	String accept(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "appointments.flash.accepted",
				() -> motions.accept(new MotionId(id), version, deadlines.today()));
	}

	@PostMapping("/appointments/motions/{id:\\d+}/schedule")
	@PreAuthorize("@appointmentsAccess.isOffice(authentication)")
	String schedule(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "appointments.flash.scheduled",
				() -> motions.schedule(new MotionId(id), version, day));
	}

	@PostMapping("/appointments/motions/{id:\\d+}/review")
	@PreAuthorize("@appointmentsAccess.isOffice(authentication)")
	String review(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String review, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "appointments.flash.reviewed", Map.of("review", review == null ? "" : review),
				() -> motions.review(new MotionId(id), version, review, null));
	}

	@PostMapping("/appointments/motions/{id:\\d+}/publish")
	@PreAuthorize("@appointmentsAccess.isOffice(authentication)")
	String publish(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "appointments.flash.published",
				() -> motions.publish(new MotionId(id), version, deadlines.today()));
	}

	private static String back(long id) {
		return "/appointments/motions/" + id;
	}
}
