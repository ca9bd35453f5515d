package org.lvzhi.suggestions;

import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Answered suggestions for everyone, without signing in: title, text, deputies' names, units,
 * answers and categories; no personal data, no files, no internal notes.
 */
@Controller
@RequestMapping("/public/suggestions")
class PublicSuggestionController {

	private final Suggestions suggestions;
	private final Names names;

	PublicSuggestionController(Suggestions suggestions, Names names) {
		this.suggestions = suggestions;
		this.names = names;
	}

	@GetMapping
	String list(@RequestParam(required = false) String text, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("text", text);
		Page<SuggestionListItem> found = suggestions.published(text, Page.number(page), Page.size(null));
		model.addAttribute("page", found);
		model.addAttribute("names", names.lookup(found.items()));
		return "suggestions/public-list";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		Suggestion s = suggestions.get(new SuggestionId(id)).filter(x -> x.state().isPublished())
			.orElseThrow(Moves::notFound);
		model.addAttribute("s", s);
		model.addAttribute("deputyNames", names.lookup().persons(s.deputies()));
		model.addAttribute("names", names.lookup());
		return "suggestions/public-detail";
	}
}
