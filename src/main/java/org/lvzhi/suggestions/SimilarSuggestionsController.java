package org.lvzhi.suggestions;

import java.util.List;
import java.util.Set;

import org.lvzhi.platform.Moves;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;
import org.lvzhi.suggestions.search.RoutingHints;
import org.lvzhi.suggestions.search.SuggestionDocuments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Similar suggestions: on the deputy's draft form while she writes (a duplicate warning above the
 * settings.duplicateThreshold()), and on the commission's page of a suggestion (with a shortcut to merge it into a
 * similar one), plus the routing hint on the commission's assignment form.
 */
@Controller
class SimilarSuggestionsController {

	static final String FRAGMENTS = "suggestions/search/fragments";
	static final int LIMIT = 5;
	/** Below this a "similar" suggestion shares only common words and would only distract. */
	static final double MIN_SHOWN = 0.2;

	private final Search search;
	private final Suggestions suggestions;
	private final SuggestionAccess access;
	private final SuggestionSettings settings;
	private final RoutingHints hints;

	SimilarSuggestionsController(Search search, Suggestions suggestions, SuggestionAccess access,
			SuggestionSettings settings, RoutingHints hints) {
		this.search = search;
		this.suggestions = suggestions;
		this.access = access;
		this.settings = settings;
		this.hints = hints;
	}

	/** The htmx fragment under the draft form, refreshed as the deputy types. */
	@GetMapping("/suggestions/similar")
	@PreAuthorize("@suggestionAccess.isDeputy(authentication) or @suggestionAccess.isOffice(authentication)")
	String similar(@RequestParam(required = false) String title, @RequestParam(required = false) String body,
			@RequestParam(required = false) Long id, Authentication user, Model model) {
		model.addAttribute("similar", similarTo(title, body, id, user));
		model.addAttribute("threshold", settings.duplicateThreshold());
		return FRAGMENTS + " :: similar";
	}

	/** The same without JavaScript: the form comes back as typed, with the similar suggestions. */
	@PostMapping("/suggestions/similar")
	@PreAuthorize("@suggestionAccess.isDeputy(authentication)")
	String check(@ModelAttribute("form") DraftForm form, @RequestParam(required = false) Long id, Authentication user,
			Model model) {
		if (id != null) {
			suggestions.get(new SuggestionId(id))
				.filter(s -> s.leadDeputy().equals(SuggestionAccess.person(user)))
				.orElseThrow(Moves::notFound);
		}
		model.addAttribute("similar", similarTo(form.title(), form.body(), id, user));
		model.addAttribute("threshold", settings.duplicateThreshold());
		model.addAttribute("suggestionId", id);
		model.addAttribute("categories", settings.categories());
		return DeputySuggestionController.FORM;
	}

	/** On the commission's page: suggestions like this one, each with "merge into that one". */
	@GetMapping("/suggestions/{id:\\d+}/similar")
	@PreAuthorize("@suggestionAccess.isOffice(authentication)")
	String similarToSuggestion(@PathVariable long id, Authentication user, Model model) {
		Suggestion s = suggestions.get(new SuggestionId(id)).filter(x -> access.canOpen(user, x))
			.orElseThrow(Moves::notFound);
		model.addAttribute("s", s);
		model.addAttribute("similar", shown(search.similar(SuggestionDocuments.TYPE, RoutingHints.text(s), LIMIT,
				SuggestionReaders.of(user, access), Set.of(s.id().toString()))));
		model.addAttribute("threshold", settings.duplicateThreshold());
		model.addAttribute("mergeable",
				s.state() == SuggestionState.SUBMITTED || s.state() == SuggestionState.ACCEPTED);
		return FRAGMENTS + " :: staffSimilar";
	}

	/** On the assignment form: the units that led the most similar suggestions, a click fills the lead unit. */
	@GetMapping("/suggestions/{id:\\d+}/hint")
	@PreAuthorize("@suggestionAccess.isOffice(authentication)")
	String hint(@PathVariable long id, Authentication user, Model model) {
		Suggestion s = suggestions.get(new SuggestionId(id)).filter(x -> access.canOpen(user, x))
			.orElseThrow(Moves::notFound);
		model.addAttribute("hints", hints.forSuggestion(s));
		model.addAttribute("target", "#lead-" + id);
		return FRAGMENTS + " :: hint";
	}

	private List<SearchHits.Hit> similarTo(String title, String body, Long id, Authentication user) {
		String text = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
		if (text.isBlank()) {
			return List.of();
		}
		return shown(search.similar(SuggestionDocuments.TYPE, text, LIMIT, SuggestionReaders.of(user, access),
				id == null ? Set.of() : Set.of(id.toString())));
	}

	private static List<SearchHits.Hit> shown(List<SearchHits.Hit> hits) {
		return hits.stream().filter(h -> h.score() >= MIN_SHOWN).toList();
	}
}
