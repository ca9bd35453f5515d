package org.lvzhi.suggestions.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lvzhi.platform.Page;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.lvzhi.suggestions.SuggestionAccess;
import org.lvzhi.suggestions.SuggestionLinks;
import org.lvzhi.suggestions.SuggestionReaders;
import org.lvzhi.suggestions.SuggestionSettings;
import org.lvzhi.suggestions.SuggestionState;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Full-text search over suggestions (title, text, answers): the signed-in user finds what she may
 * open; the public, on its own page, only answered suggestions. Facets filter by state, category
 * and year.
 */
@Controller
@Tag(name = "Suggestions", description = "Deputies' suggestions")
class SuggestionSearchController {

	static final int PAGE_SIZE = 20;

	private final Search search;
	private final SuggestionAccess access;
	private final SuggestionSettings settings;
	private final SuggestionLinks links;

	SuggestionSearchController(Search search, SuggestionAccess access, SuggestionSettings settings,
			SuggestionLinks links) {
		this.search = search;
		this.access = access;
		this.settings = settings;
		this.links = links;
	}

	@GetMapping("/suggestions/search")
	@PreAuthorize("isAuthenticated()")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) SuggestionState state,
			@RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, Authentication user, Model model) {
		model.addAttribute("state", state);
		model.addAttribute("category", category);
		model.addAttribute("year", year);
		model.addAttribute("states", SuggestionState.values());
		model.addAttribute("categories", settings.categories());
		SearchHits hits = results(q, facets(state, category, year), SuggestionReaders.of(user, access), page, model);
		Map<String, String> byHit = new HashMap<>();
		links.of(user, ids(hits)).forEach((id, link) -> byHit.put(String.valueOf(id), link));
		model.addAttribute("links", byHit);
		return "suggestions/search/results";
	}

	/** The same search as JSON, for integrations and scripts; the same reader rules as the page. */
	@GetMapping(path = "/api/v1/suggestions/search", produces = "application/json")
	@PreAuthorize("isAuthenticated()")
	@ResponseBody
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "OK")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "401", description = "not signed in",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(ref = "#/components/schemas/Problem")))
	@Operation(summary = "Full-text search over the suggestions the signed-in user may open",
			description = "Searches title, text and answers (Chinese words, best match first), filtered by state, "
					+ "category and session year. The commission finds every submitted suggestion, a handling unit those "
					+ "assigned to it, a deputy her own and those she co-signed, anyone else only answered ones. "
					+ "Each hit has the URL of the page the caller may open (the suggestion's page, or its public page), "
					+ "a snippet of plain text and the character ranges of the matched words in it.")
	SearchResponse api(@Parameter(description = "the words, e.g. 加装电梯; blank lists by filters only") @RequestParam(
			required = false) String q, @Parameter(description = "state, e.g. CLOSED") @RequestParam(
					required = false) SuggestionState state,
			@Parameter(description = "category, e.g. 城乡建设") @RequestParam(required = false) String category,
			@Parameter(description = "session year, e.g. 2023") @RequestParam(required = false) Integer year,
			@Parameter(description = "page number from 1; " + PAGE_SIZE + " hits a page") @RequestParam(
					required = false) Integer page, Authentication user) {
		int number = Page.number(page);
		SearchHits hits = find(q, facets(state, category, year), SuggestionReaders.of(user, access), number);
		Map<Long, String> urls = links.of(user, ids(hits));
		return new SearchResponse(hits.total(), number, PAGE_SIZE, hits.hits()
			.stream()
			.map(h -> new SearchResponse.Hit(Long.parseLong(h.id()), urls.get(Long.parseLong(h.id())), h.title(),
					h.snippet(), h.marks().stream().map(m -> new int[] { m.start(), m.end() }).toList()))
			.toList());
	}

	private static List<Long> ids(SearchHits hits) {
		return hits.hits().stream().map(h -> Long.parseLong(h.id())).toList();
	}

	private static Map<String, Set<String>> facets(SuggestionState state, String category, Integer year) {
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
		return facets;
	}

	/** The public list's search box; without {@code q} the plain public list answers. */
	@GetMapping(path = "/public/suggestions", params = "q")
	String publicSearch(@RequestParam String q, @RequestParam(required = false) Integer page, Model model) {
		results(q, Map.of(), Set.of(SuggestionReaders.PUBLIC), page, model);
		return "suggestions/search/public-results";
	}

	private SearchHits results(String q, Map<String, Set<String>> facets, Set<String> readers, Integer page,
			Model model) {
		int number = Page.number(page);
		SearchHits hits = find(q, facets, readers, number);
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("page", new Page<>(hits.hits(), number, PAGE_SIZE, hits.total()));
		return hits;
	}

	private SearchHits find(String q, Map<String, Set<String>> facets, Set<String> readers, int number) {
		String text = q == null ? "" : q.strip();
		return search.search(new SearchQuery(SuggestionDocuments.TYPE, text, facets, readers,
				Page.offset(number, PAGE_SIZE), PAGE_SIZE));
	}

	/**
	 * One page of hits.
	 *
	 * @param total how many suggestions match in all
	 * @param page the page number, from 1
	 * @param size hits per page
	 */
	record SearchResponse(long total, int page, int size, List<Hit> hits) {

		/**
		 * @param id the suggestion's ID
		 * @param url the page the caller may open: {@code /suggestions/{id}} for her own, her unit's or
		 *     (the commission) every suggestion, {@code /public/suggestions/{id}} for an answered one
		 *     she finds as anybody does
		 * @param snippet plain text around the matched words, or the start of the text
		 * @param marks the matched words in the snippet as [start, end) character ranges
		 */
		record Hit(long id, String url, String title, String snippet, List<int[]> marks) {
		}
	}
}
