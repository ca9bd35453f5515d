package org.lvzhi.suggestions;

import org.lvzhi.suggestions.picking.Picks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search-as-you-type pickers of the suggestion and bill forms (htmx): the choices for what was
 * typed in a field, by name from the directory, and the field again once a choice is taken. The
 * field itself is a plain text input, so a form also works with names typed in full.
 */
@Controller
@RequestMapping("/suggestions/pick/{kind:unit|committee|deputy|person}")
@PreAuthorize("@suggestionAccess.isOffice(authentication) or @suggestionAccess.isDeputy(authentication)")
class PickerController {

	/** The shared picker fragments (templates/picker.html), answered under {@link #BASE}. */
	static final String VIEW = "picker";
	static final String BASE = "/suggestions/pick";

	private final Picks picks;

	PickerController(Picks picks) {
		this.picks = picks;
	}

	/** The choices; the typed text comes under the field's own name, as htmx sends it. */
	@GetMapping
	String choices(@PathVariable String kind, @RequestParam String field, @RequestParam(defaultValue = "false") boolean multiple,
			@RequestParam String id, @RequestParam(required = false) String label,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		String typed = params.getFirst(field);
		model.addAttribute("choices", picks.choices(kind(kind), typed));
		model.addAttribute("typed", typed == null ? "" : typed);
		model.addAttribute("label", label);
		attributes(kind, field, multiple, id, model);
		return VIEW + " :: choices";
	}

	@GetMapping("/choose")
	String choose(@PathVariable String kind, @RequestParam String field, @RequestParam(defaultValue = "false") boolean multiple,
			@RequestParam String id, @RequestParam(required = false) String typed, @RequestParam String value,
			@RequestParam(required = false) String label, Model model) {
		attributes(kind, field, multiple, id, model);
		model.addAttribute("value", Picks.withChoice(typed, value, multiple));
		model.addAttribute("label", label);
		return VIEW + " :: chosen";
	}

	private static void attributes(String kind, String field, boolean multiple, String id, Model model) {
		model.addAttribute("base", BASE);
		model.addAttribute("kind", kind);
		model.addAttribute("field", field);
		model.addAttribute("multiple", multiple);
		model.addAttribute("inputId", id);
	}

	private static Picks.Kind kind(String path) {
		return Picks.Kind.valueOf(path.toUpperCase());
	}
}
