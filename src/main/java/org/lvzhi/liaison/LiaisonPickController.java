package org.lvzhi.liaison;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Search-as-you-type choices for the office's person and station fields (htmx fragments). */
@Controller
@RequestMapping("/liaison/pick/{kind:person|station}")
@PreAuthorize("@liaisonAccess.isOffice(authentication)")
class LiaisonPickController {

	/** The shared picker fragments (templates/picker.html), answered under {@link #BASE}. */
	static final String VIEW = "picker";
	static final String BASE = "/liaison/pick";

	private final LiaisonPicks picks;

	LiaisonPickController(LiaisonPicks picks) {
		this.picks = picks;
	}

	/** The choices; the typed text comes under the field's own name, as htmx sends it. */
	@GetMapping
	String choices(@PathVariable String kind, @RequestParam String field, @RequestParam(defaultValue = "false") boolean multiple,
			@RequestParam String id, @RequestParam(required = false) String label,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		String typed = params.getFirst(field);
		model.addAttribute("choices", picks.choices(LiaisonPicks.Kind.valueOf(kind.toUpperCase()), typed));
		model.addAttribute("typed", typed == null ? "" : typed);
		attributes(kind, field, multiple, id, label, model);
		return VIEW + " :: choices";
	}

	@GetMapping("/choose")
	String choose(@PathVariable String kind, @RequestParam String field, @RequestParam(defaultValue = "false") boolean multiple,
			@RequestParam String id, @RequestParam(required = false) String typed, @RequestParam String value,
			@RequestParam(required = false) String label, Model model) {
		attributes(kind, field, multiple, id, label, model);
		model.addAttribute("value", LiaisonPicks.withChoice(typed, value, multiple));
		return VIEW + " :: chosen";
	}

	private static void attributes(String kind, String field, boolean multiple, String id, String label, Model model) {
		model.addAttribute("base", BASE);
		model.addAttribute("kind", kind);
		model.addAttribute("field", field);
		model.addAttribute("multiple", multiple);
		model.addAttribute("inputId", id);
		model.addAttribute("label", label == null || label.isBlank() ? "picker.placeholder" : label);
	}
}
