package org.lvzhi.directory.persons;

import java.time.Clock;
import java.util.List;

import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Moves;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonView;
import org.lvzhi.directory.RegisterPerson;
import org.lvzhi.directory.web.DirectoryAccess;

/**
 * A person's page with current and past memberships, and the person form. Editors register and
 * edit persons; everyone who may read the directory opens person pages; a deputy opens her own.
 */
@Controller
@RequestMapping("/directory/persons")
class PersonController {

	static final String DETAIL = "directory/person";
	static final String FORM = "directory/person-form";

	private final Directory directory;
	private final RegisterPerson register;
	private final EditPerson edit;
	private final DirectoryAccess access;
	private final Clock clock;

	PersonController(Directory directory, RegisterPerson register, EditPerson edit, DirectoryAccess access,
			Clock clock) {
		this.clock = clock;
		this.directory = directory;
		this.register = register;
		this.edit = edit;
		this.access = access;
	}

	@ModelAttribute("genders")
	Gender[] genders() {
		return Gender.values();
	}

	@GetMapping("/{id}")
	@org.lvzhi.platform.PersonalDataView("Person")
	@PreAuthorize("@directoryAccess.canOpenPerson(authentication, #id)")
	String show(@PathVariable long id, Authentication user, Model model) {
		return PersonPage.fill(model, directory, access, user, new PersonId(id), clock);
	}

	@GetMapping("/new")
	@PreAuthorize("@directoryAccess.canEdit(authentication)")
	String newForm(Model model) {
		model.addAttribute("form", PersonForm.empty());
		return FORM;
	}

	@PostMapping
	@PreAuthorize("@directoryAccess.canEdit(authentication)")
	String create(@ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("form", PersonForm.typed(request));
			return refuse(model, response, "directory.error.invalidInput");
		}
		try {
			PersonId id = register.register(form.details());
			redirect.addFlashAttribute("successKey", "directory.person.registered");
			return "redirect:/directory/persons/" + id.value();
		}
		catch (DomainException e) {
			model.addAttribute("errorArgs", e.args());
			return refuse(model, response, e.messageKey());
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("@directoryAccess.canEdit(authentication)")
	String editForm(@PathVariable long id, Model model) {
		PersonId personId = new PersonId(id);
		PersonView person = directory.person(personId).orElseThrow(Moves::notFound);
		model.addAttribute("form", PersonForm.of(person, directory.personalData(personId).orElseThrow()));
		model.addAttribute("personId", id);
		return FORM;
	}

	@PostMapping("/{id}")
	@PreAuthorize("@directoryAccess.canEdit(authentication)")
	String save(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("personId", id);
		if (binding.hasErrors() || form.version() == null) {
			model.addAttribute("form", PersonForm.typed(request));
			return refuse(model, response, "directory.error.invalidInput");
		}
		try {
			edit.edit(new PersonId(id), form.details(), form.version());
			redirect.addFlashAttribute("successKey", "directory.saved");
			return "redirect:/directory/persons/" + id;
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("errorKey", "error.concurrentEdit");
			return FORM;
		}
		catch (DomainException e) {
			model.addAttribute("errorArgs", e.args());
			return refuse(model, response, e.messageKey());
		}
	}

	private static String refuse(Model model, HttpServletResponse response, String key) {
		response.setStatus(422);
		model.addAttribute("errorKey", key);
		return FORM;
	}

	static List<MembershipRole> roles() {
		return List.of(MembershipRole.values());
	}
}
