package org.lvzhi.suggestions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.lvzhi.platform.Page;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Full-text search over suggestions (title, text, answers): the signed-in user finds what she may
 * open; the public, on its own page, only answered suggestions. Facets filter by state, category
 * and year.
 */
@Controller
class SuggestionSearchController {

	static final int PAGE_SIZE = 20;

	private final Search search;
	private final SuggestionAccess access;
	private final SuggestionSettings settings;

	SuggestionSearchController(Search search, SuggestionAccess access, SuggestionSettings settings) {
		this.search = search;
		this.access = access;
		this.settings = settings;
	}

	@GetMapping("/suggestions/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) SuggestionState state,
			@RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, Authentication user, Model model) {
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		if (state != null) {
			facets.put("state", Set.of(state.name()));
		}
		if (category != null && !category.isBlank()) {
			facets.put("category", Set.of(category));
		}
		if (year != null) {
			facets.put("year", Set.of(year.toString()));
		}
		model.addAttribute("state", state);
		model.addAttribute("category", category);
		model.addAttribute("year", year);
		model.addAttribute("states", SuggestionState.values());
		model.addAttribute("categories", settings.categories());
		return results(q, facets, SuggestionReaders.of(user, access), page, model, "suggestions/search/results");
	}

	/** The public list's search box; without {@code q} the plain public list answers. */
	@GetMapping(path = "/public/suggestions", params = "q")
	String publicSearch(@RequestParam String q, @RequestParam(required = false) Integer page, Model model) {
		return results(q, Map.of(), Set.of(SuggestionReaders.PUBLIC), page, model, "suggestions/search/public-results");
	}

	private String results(String q, Map<String, Set<String>> facets, Set<String> readers, Integer page, Model model,
			String view) {
		int number = Page.number(page);
		String text = q == null ? "" : q.strip();
		SearchHits hits = search.search(new SearchQuery(SuggestionDocuments.TYPE, text, facets, readers,
				Page.offset(number, PAGE_SIZE), PAGE_SIZE));
		model.addAttribute("q", text);
		model.addAttribute("page", new Page<>(hits.hits(), number, PAGE_SIZE, hits.total()));
		return view;
	}
}
