package org.lvzhi.directory.memberships;

import java.time.Clock;
import java.time.LocalDate;

import org.lvzhi.platform.Moves;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import org.lvzhi.directory.AddMembership;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.DirectoryException;
import org.lvzhi.directory.EndMembership;
import org.lvzhi.directory.MembershipId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.persons.PersonPage;
import org.lvzhi.directory.web.DirectoryAccess;

/**
 * Editors add memberships to a person and end them. A refused change re-shows the person's page
 * with the reason.
 */
@Controller
@RequestMapping("/directory/persons/{id}/memberships")
@PreAuthorize("@directoryAccess.canEdit(authentication)")
class MembershipController {

	private final Directory directory;
	private final AddMembership add;
	private final EndMembership end;
	private final DirectoryAccess access;
	private final Clock clock;

	MembershipController(Directory directory, AddMembership add, EndMembership end, DirectoryAccess access,
			Clock clock) {
		this.directory = directory;
		this.add = add;
		this.end = end;
		this.access = access;
		this.clock = clock;
	}

	@PostMapping
	String add(@PathVariable long id, @ModelAttribute MembershipForm form, BindingResult binding, Authentication user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return refuse(id, user, model, response, new DirectoryException("directory.error.invalidInput"));
		}
		try {
			add.add(form.toNew(new PersonId(id)));
			redirect.addFlashAttribute("successKey", "directory.membership.added");
			return "redirect:/directory/persons/" + id;
		}
		catch (DirectoryException e) {
			return refuse(id, user, model, response, e);
		}
	}

	@PostMapping("/{membershipId}/end")
	String end(@PathVariable long id, @PathVariable long membershipId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
			@RequestParam int version, Authentication user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		boolean own = directory.membership(new MembershipId(membershipId))
			.filter(m -> m.personId().value() == id)
			.isPresent();
		if (!own) {
			throw Moves.notFound();
		}
		try {
			end.end(new MembershipId(membershipId), endDate, version);
			redirect.addFlashAttribute("successKey", "directory.membership.ended");
			return "redirect:/directory/persons/" + id;
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("errorKey", "error.concurrentEdit");
			return PersonPage.fill(model, directory, access, user, new PersonId(id), clock);
		}
		catch (DirectoryException e) {
			return refuse(id, user, model, response, e);
		}
	}

	private String refuse(long id, Authentication user, Model model, HttpServletResponse response,
			DirectoryException e) {
		response.setStatus(422);
		model.addAttribute("errorKey", e.messageKey());
		model.addAttribute("errorArgs", e.args());
		return PersonPage.fill(model, directory, access, user, new PersonId(id), clock);
	}
}
