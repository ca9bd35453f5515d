package org.lvzhi.directory.organizations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.DirectoryException;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.web.DirectoryAccess;

/**
 * The bodies: a list by classification, a body's page with its members now and before and its
 * sub-bodies, and the form editors create and edit bodies with.
 */
@Controller
@RequestMapping("/directory/organizations")
class OrganizationController {

	static final String FORM = "directory/organization-form";

	private final Directory directory;
	private final CreateOrganization create;
	private final EditOrganization edit;
	private final DirectoryAccess access;
	private final Clock clock;

	OrganizationController(Directory directory, CreateOrganization create, EditOrganization edit,
			DirectoryAccess access, Clock clock) {
		this.directory = directory;
		this.create = create;
		this.edit = edit;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("@directoryAccess.canRead(authentication)")
	String list(@RequestParam(required = false) String name,
			@RequestParam(required = false) Classification classification,
			@RequestParam(required = false) DeputyLevel level, @RequestParam(required = false) Long parent,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Authentication user, Model model) {
		OrganizationQuery query = new OrganizationQuery(name, classification, level,
				parent == null ? null : new OrganizationId(parent));
		model.addAttribute("query", query);
		model.addAttribute("page", directory.findOrganizations(query, Page.number(page), Page.size(size)));
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("levels", DeputyLevel.values());
		model.addAttribute("canEdit", access.canEdit(user));
		return "directory/organizations";
	}

	@GetMapping("/{id}")
	@PreAuthorize("@directoryAccess.canRead(authentication)")
	String show(@PathVariable long id, Authentication user, Model model) {
		OrganizationId orgId = new OrganizationId(id);
		OrganizationView org = directory.organization(orgId).orElseThrow(Moves::notFound);
		LocalDate today = LocalDate.now(clock);
		List<MembershipView> members = directory.membersOf(orgId);
		model.addAttribute("organization", org);
		model.addAttribute("parent", org.parentId() == null ? null : directory.organization(org.parentId()).orElse(null));
		model.addAttribute("current", members.stream().filter(m -> m.endDate() == null || !m.endDate().isBefore(today)).toList());
		model.addAttribute("past", members.stream().filter(m -> m.endDate() != null && m.endDate().isBefore(today)).toList());
		model.addAttribute("children", directory.subOrganizations(orgId));
		model.addAttribute("canEdit", access.canEdit(user));
		return "directory/organization";
	}

	@GetMapping("/new")
	@PreAuthorize("@directoryAccess.canEdit(authentication)")
	String newForm(Model model) {
		return form(model, OrganizationForm.empty(), null);
	}

	@PostMapping
	@PreAuthorize("@directoryAccess.canEdit(authentication)")
	String create(@ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return refuse(model, response, form, null, new DirectoryException("directory.error.invalidInput"));
		}
		try {
			OrganizationId id = create.create(form.details());
			redirect.addFlashAttribute("successKey", "directory.organization.created");
			return "redirect:/directory/organizations/" + id.value();
		}
		catch (DirectoryException e) {
			return refuse(model, response, form, null, e);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("@directoryAccess.canEdit(authentication)")
	String editForm(@PathVariable long id, Model model) {
		OrganizationView org = directory.organization(new OrganizationId(id)).orElseThrow(Moves::notFound);
		return form(model, OrganizationForm.of(org), id);
	}

	@PostMapping("/{id}")
	@PreAuthorize("@directoryAccess.canEdit(authentication)")
	String save(@PathVariable long id, @ModelAttribute("form") OrganizationForm form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (binding.hasErrors() || form.version() == null) {
			return refuse(model, response, form, id, new DirectoryException("directory.error.invalidInput"));
		}
		try {
			edit.edit(new OrganizationId(id), form.details(), form.version());
			redirect.addFlashAttribute("successKey", "directory.saved");
			return "redirect:/directory/organizations/" + id;
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("errorKey", "error.concurrentEdit");
			return form(model, form, id);
		}
		catch (DirectoryException e) {
			return refuse(model, response, form, id, e);
		}
	}

	private String refuse(Model model, HttpServletResponse response, OrganizationForm form, Long id,
			DirectoryException e) {
		response.setStatus(422);
		model.addAttribute("errorKey", e.messageKey());
		model.addAttribute("errorArgs", e.args());
		return form(model, form, id);
	}

	private String form(Model model, OrganizationForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("organizationId", id);
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("levels", DeputyLevel.values());
		model.addAttribute("parents", directory.findOrganizations(OrganizationQuery.all(), 1, 10_000).items().stream()
			.filter(o -> o.classification() != Classification.DEPUTY_GROUP)
			.toList());
		return FORM;
	}
}
