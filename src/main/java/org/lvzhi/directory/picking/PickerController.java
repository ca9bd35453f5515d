package org.lvzhi.directory.picking;

import org.lvzhi.platform.PickedText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search-as-you-type pickers (htmx, templates/picker.html): the choices for what was typed in
 * a field, and the field again once a choice is taken. Each module's forms call their own path, and
 * each path lets in exactly who may use those forms ({@code DirectoryAccess.mayPickFor…}), so that a
 * handling unit or the public can list no more of the directory than before. A field that holds
 * names is a plain text input, so a form also works with names typed in full; the inquiry forms'
 * field holds the chosen number in a hidden input beside the name.
 */
@Controller
class PickerController {

	static final String VIEW = "picker";
	static final String SUGGESTIONS = "/suggestions/pick";
	static final String LIAISON = "/liaison/pick";
	static final String OVERSIGHT = "/oversight/pick";
	static final String MEETINGS = "/meetings/pick";

	private final Choices choices;

	PickerController(Choices choices) {
		this.choices = choices;
	}

	@GetMapping(SUGGESTIONS + "/{kind:unit|committee|deputy|person}")
	@PreAuthorize("@directoryAccess.mayPickForSuggestions(authentication)")
	String suggestionChoices(@PathVariable String kind, @RequestParam String field,
			@RequestParam(defaultValue = "false") boolean multiple, @RequestParam String id,
			@RequestParam(required = false) String label, @RequestParam MultiValueMap<String, String> params, Model model) {
		return named(SUGGESTIONS, kind, field, multiple, id, label, params, model);
	}

	@GetMapping(SUGGESTIONS + "/{kind:unit|committee|deputy|person}/choose")
	@PreAuthorize("@directoryAccess.mayPickForSuggestions(authentication)")
	String suggestionChosen(@PathVariable String kind, @RequestParam String field,
			@RequestParam(defaultValue = "false") boolean multiple, @RequestParam String id,
			@RequestParam(required = false) String typed, @RequestParam String value,
			@RequestParam(required = false) String label, Model model) {
		return chosen(SUGGESTIONS, kind, field, multiple, id, typed, value, label, model);
	}

	@GetMapping(LIAISON + "/{kind:person|station}")
	@PreAuthorize("@directoryAccess.mayPickForLiaison(authentication)")
	String liaisonChoices(@PathVariable String kind, @RequestParam String field,
			@RequestParam(defaultValue = "false") boolean multiple, @RequestParam String id,
			@RequestParam(required = false) String label, @RequestParam MultiValueMap<String, String> params, Model model) {
		return named(LIAISON, kind, field, multiple, id, label, params, model);
	}

	@GetMapping(LIAISON + "/{kind:person|station}/choose")
	@PreAuthorize("@directoryAccess.mayPickForLiaison(authentication)")
	String liaisonChosen(@PathVariable String kind, @RequestParam String field,
			@RequestParam(defaultValue = "false") boolean multiple, @RequestParam String id,
			@RequestParam(required = false) String typed, @RequestParam String value,
			@RequestParam(required = false) String label, Model model) {
		return chosen(LIAISON, kind, field, multiple, id, typed, value, label, model);
	}

	@GetMapping(MEETINGS + "/{kind:person}")
	@PreAuthorize("@directoryAccess.mayPickForMeetings(authentication)")
	String meetingsChoices(@PathVariable String kind, @RequestParam String field,
			@RequestParam(defaultValue = "false") boolean multiple, @RequestParam String id,
			@RequestParam(required = false) String label, @RequestParam MultiValueMap<String, String> params, Model model) {
		return named(MEETINGS, kind, field, multiple, id, label, params, model);
	}

	@GetMapping(MEETINGS + "/{kind:person}/choose")
	@PreAuthorize("@directoryAccess.mayPickForMeetings(authentication)")
	String meetingsChosen(@PathVariable String kind, @RequestParam String field,
			@RequestParam(defaultValue = "false") boolean multiple, @RequestParam String id,
			@RequestParam(required = false) String typed, @RequestParam String value,
			@RequestParam(required = false) String label, Model model) {
		return chosen(MEETINGS, kind, field, multiple, id, typed, value, label, model);
	}

	/** The inquiry forms' choices; the typed name comes as {@code <field>Name}, the hidden field holds the number. */
	@GetMapping(OVERSIGHT + "/{kind:person|body}")
	@PreAuthorize("@directoryAccess.mayPickForOversight(authentication)")
	String oversightChoices(@PathVariable String kind, @RequestParam String field, @RequestParam String id,
			@RequestParam String placeholder, @RequestParam MultiValueMap<String, String> params, Model model) {
		String typed = params.getFirst(field + "Name");
		model.addAttribute("choices", choices.of(Kind.byNumber(kind), typed));
		model.addAttribute("typed", typed == null ? "" : typed);
		byNumber(kind, field, id, placeholder, model);
		return VIEW + " :: numberChoices";
	}

	@GetMapping(OVERSIGHT + "/{kind:person|body}/choose")
	@PreAuthorize("@directoryAccess.mayPickForOversight(authentication)")
	String oversightChosen(@PathVariable String kind, @RequestParam String field, @RequestParam String id,
			@RequestParam String placeholder, @RequestParam long value, @RequestParam String label, Model model) {
		byNumber(kind, field, id, placeholder, model);
		model.addAttribute("value", value);
		model.addAttribute("label", label);
		return VIEW + " :: numberChosen";
	}

	/** The typed text comes under the field's own name, as htmx sends it. */
	private String named(String base, String kind, String field, boolean multiple, String id, String label,
			MultiValueMap<String, String> params, Model model) {
		String typed = params.getFirst(field);
		model.addAttribute("choices", choices.of(Kind.named(kind), typed));
		model.addAttribute("typed", typed == null ? "" : typed);
		named(base, kind, field, multiple, id, label, model);
		return VIEW + " :: choices";
	}

	private String chosen(String base, String kind, String field, boolean multiple, String id, String typed,
			String value, String label, Model model) {
		named(base, kind, field, multiple, id, label, model);
		model.addAttribute("value", PickedText.withChoice(typed, value, multiple));
		return VIEW + " :: chosen";
	}

	private static void named(String base, String kind, String field, boolean multiple, String id, String label,
			Model model) {
		model.addAttribute("base", base);
		model.addAttribute("kind", kind);
		model.addAttribute("field", field);
		model.addAttribute("multiple", multiple);
		model.addAttribute("inputId", id);
		model.addAttribute("label", label == null || label.isBlank() ? "picker.placeholder" : label);
	}

	private static void byNumber(String kind, String field, String id, String placeholder, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("field", field);
		model.addAttribute("inputId", id);
		model.addAttribute("placeholder", placeholder);
	}
}
