package org.lvzhi.oversight.inquiry;

import java.time.LocalDate;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.Picker;
import org.lvzhi.oversight.InquiryId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.plan.SupervisionPlans;
import org.lvzhi.oversight.web.Names;
import org.lvzhi.oversight.web.OversightAccess;
import org.lvzhi.platform.Moves;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Special inquiries for the office and the members, and a unit's own commitments. The office marks
 * a commitment done once the organ has shown it was kept.
 */
@Controller
class InquiryPages {

	private final Inquiries inquiries;
	private final InquiryService service;
	private final Directory directory;
	private final Deadlines deadlines;
	private final OversightAccess access;
	private final Picker picker;
	private final SupervisionPlans plans;

	InquiryPages(Inquiries inquiries, InquiryService service, Directory directory, Deadlines deadlines,
			OversightAccess access, Picker picker, SupervisionPlans plans) {
		this.plans = plans;
		this.access = access;
		this.picker = picker;
		this.inquiries = inquiries;
		this.service = service;
		this.directory = directory;
		this.deadlines = deadlines;
	}

	@GetMapping("/oversight/inquiries")
	@PreAuthorize("@oversightAccess.isStaff(authentication) or @oversightAccess.isMember(authentication)")
	String list(Authentication user, Model model) {
		model.addAttribute("inquiries", inquiries.all());
		model.addAttribute("staff", access.isStaff(user));
		return "oversight/inquiries/list";
	}

	@GetMapping("/oversight/inquiries/{id:\\d+}")
	@PreAuthorize("@oversightAccess.isStaff(authentication) or @oversightAccess.isMember(authentication)")
	String show(@PathVariable long id, Authentication user, Model model) {
		InquiryId inquiry = new InquiryId(id);
		model.addAttribute("i", inquiries.get(inquiry).orElseThrow(Moves::notFound));
		var participants = inquiries.participants(inquiry);
		model.addAttribute("questioners", participants.stream().filter(p -> p.side().equals(InquiryService.QUESTIONER)).toList());
		model.addAttribute("respondents", participants.stream().filter(p -> p.side().equals(InquiryService.RESPONDENT)).toList());
		model.addAttribute("byId", participants.stream()
			.collect(java.util.stream.Collectors.toMap(Inquiries.Participant::id, p -> p.personId())));
		model.addAttribute("questions", inquiries.questions(inquiry));
		model.addAttribute("planItem", plans.itemFor(PlanItemKind.INQUIRY, id).orElse(null));
		model.addAttribute("topics", inquiries.topics(inquiry));
		model.addAttribute("commitments", inquiries.commitments(inquiry));
		model.addAttribute("names", new Names(directory));
		model.addAttribute("today", deadlines.today());
		model.addAttribute("staff", access.isStaff(user));
		return "oversight/inquiries/detail";
	}

	@GetMapping("/oversight/commitments")
	@PreAuthorize("@oversightAccess.isUnit(authentication)")
	String mine(Authentication user, Model model) {
		model.addAttribute("commitments", inquiries.commitmentsOf(OversightAccess.unit(user)));
		model.addAttribute("names", new Names(directory));
		model.addAttribute("today", deadlines.today());
		return "oversight/inquiries/commitments";
	}

	@PostMapping("/oversight/inquiries")
	@PreAuthorize("@oversightAccess.isStaff(authentication)")
	String hold(@RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run("/oversight/inquiries", redirect, "oversight.inquiry.held",
				() -> service.hold(title, on, null));
	}

	@PostMapping("/oversight/inquiries/{id}/schedule")
	@PreAuthorize("@oversightAccess.isStaff(authentication)")
	String schedule(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run("/oversight/inquiries/" + id, redirect, "oversight.inquiry.saved",
				() -> service.schedule(new InquiryId(id), on));
	}

	@PostMapping("/oversight/inquiries/{id}/participants")
	@PreAuthorize("@oversightAccess.isStaff(authentication)")
	String participant(@PathVariable long id, @RequestParam String side, @RequestParam(required = false) Long person,
			@RequestParam(required = false) Long body, @RequestParam(required = false) String post,
			@RequestParam(required = false) String personName, @RequestParam(required = false) String bodyName,
			RedirectAttributes redirect) {
		return Moves.run("/oversight/inquiries/" + id, redirect, "oversight.inquiry.saved", () -> {
			// A name typed in full without taking a choice still counts when it names exactly one.
			Long chosenPerson = person != null ? person : picker.onlyPersonNamed(personName).map(PersonId::value).orElse(null);
			Long chosenBody = body != null ? body : picker.onlyBodyNamed(bodyName).map(OrganizationId::value).orElse(null);
			if (chosenPerson == null) {
				throw new OversightException("oversight.error.personRequired");
			}
			OrganizationId organ = chosenBody == null ? null : new OrganizationId(chosenBody);
			if (InquiryService.RESPONDENT.equals(side)) {
				service.addRespondent(new InquiryId(id), new PersonId(chosenPerson), organ, post);
			}
			else {
				service.addQuestioner(new InquiryId(id), new PersonId(chosenPerson), organ, post);
			}
		});
	}

	@PostMapping("/oversight/inquiries/{id}/questions")
	@PreAuthorize("@oversightAccess.isStaff(authentication)")
	String question(@PathVariable long id, @RequestParam(required = false) Long questioner,
			@RequestParam(required = false) Long respondent, @RequestParam(required = false) String question,
			@RequestParam(required = false) String answer, RedirectAttributes redirect) {
		return Moves.run("/oversight/inquiries/" + id, redirect, "oversight.inquiry.saved", () -> {
			if (questioner == null || respondent == null) {
				throw new OversightException("oversight.error.participant");
			}
			service.recordQuestion(new InquiryId(id), questioner, respondent, question, answer);
		});
	}

	@PostMapping("/oversight/inquiries/{id}/commitments")
	@PreAuthorize("@oversightAccess.isStaff(authentication)")
	String commitment(@PathVariable long id, @RequestParam(required = false) Long respondent,
			@RequestParam(required = false) String text,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate due,
			RedirectAttributes redirect) {
		return Moves.run("/oversight/inquiries/" + id, redirect, "oversight.inquiry.saved", () -> {
			if (respondent == null) {
				throw new OversightException("oversight.error.participant");
			}
			service.commit(new InquiryId(id), null, respondent, text, due);
		});
	}

	@PostMapping("/oversight/inquiries/{id}/commitments/{commitment}/done")
	@PreAuthorize("@oversightAccess.isStaff(authentication)")
	String done(@PathVariable long id, @PathVariable long commitment, @RequestParam int version,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return Moves.run("/oversight/inquiries/" + id, redirect, "oversight.inquiry.commitmentDone",
				() -> service.fulfil(commitment, version, note, deadlines.today()));
	}
}
