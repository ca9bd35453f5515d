package org.lvzhi.oversight.inquiry;

import java.util.List;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search-as-you-type pickers of the inquiry forms (htmx): the office types part of a name, the
 * directory offers matching persons or bodies, and the choice fills the form's hidden ID field. A
 * full name typed without choosing is resolved on submission ({@link TypedNames}).
 */
@Controller
@RequestMapping("/oversight/pick/{kind:person|body}")
@PreAuthorize("@oversightAccess.isStaff(authentication)")
class InquiryPicker {

	static final String VIEW = "oversight/inquiries/picker";
	private static final int CHOICES = 10;

	record Choice(long value, String label) {
	}

	private final Directory directory;

	InquiryPicker(Directory directory) {
		this.directory = directory;
	}

	@GetMapping
	String choices(@PathVariable String kind, @RequestParam String field, @RequestParam String id,
			@RequestParam String placeholder, @RequestParam MultiValueMap<String, String> params, Model model) {
		String typed = params.getFirst(field + "Name");
		model.addAttribute("choices", present(typed) ? choices(kind, typed) : List.of());
		model.addAttribute("typed", typed == null ? "" : typed);
		attributes(kind, field, id, placeholder, model);
		return VIEW + " :: choices";
	}

	@GetMapping("/choose")
	String choose(@PathVariable String kind, @RequestParam String field, @RequestParam String id,
			@RequestParam String placeholder, @RequestParam long value, @RequestParam String label, Model model) {
		attributes(kind, field, id, placeholder, model);
		model.addAttribute("value", value);
		model.addAttribute("label", label);
		return VIEW + " :: chosen";
	}

	private List<Choice> choices(String kind, String typed) {
		if (kind.equals("person")) {
			return directory.findPersons(new PersonQuery(typed, null, null, null, null, null), 1, CHOICES).items().stream()
				.map(InquiryPicker::choice).toList();
		}
		return directory.findOrganizations(new OrganizationQuery(typed, null, null, null), 1, CHOICES).items().stream()
			.map(o -> new Choice(o.id().value(), o.name())).toList();
	}

	private static Choice choice(PersonListItem p) {
		return new Choice(p.id().value(), p.currentBodies().isEmpty() ? p.name()
				: p.name() + "（" + p.currentBodies().get(0) + "）");
	}

	private static void attributes(String kind, String field, String id, String placeholder, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("field", field);
		model.addAttribute("inputId", id);
		model.addAttribute("placeholder", placeholder);
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}
}
