package org.lvzhi.search;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box's results: for signed-in users over every record their role and scope let them
 * read, on the public portal over what everybody may read. The same rules as the pages decide
 * (the reader keys of {@link SearchDocument}), and each hit links to the page that checks them again.
 */
@Controller
class SearchPages {

	static final String VIEW = "search/results";

	private final SearchBox box;

	SearchPages(SearchBox box) {
		this.box = box;
	}

	@GetMapping("/search")
	@PreAuthorize("isAuthenticated()")
	String signedIn(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> type,
			@RequestParam(required = false) String year, @RequestParam(required = false) String state,
			@RequestParam(required = false) String org, @RequestParam(required = false) Integer page,
			Authentication user, Model model) {
		SearchBox.Request request = SearchBox.Request.of(q, type, year, state, org, page, null);
		model.addAttribute("results", box.find(request, ReaderKeys.of(user), true));
		model.addAttribute("action", "/search");
		return VIEW;
	}

	@GetMapping("/public/search")
	@PreAuthorize("permitAll()")
	String everybody(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> type,
			@RequestParam(required = false) String year, @RequestParam(required = false) String state,
			@RequestParam(required = false) String org, @RequestParam(required = false) Integer page, Model model) {
		SearchBox.Request request = SearchBox.Request.of(q, type, year, state, org, page, null);
		model.addAttribute("results", box.find(request, Set.of(SearchDocument.PUBLIC), false));
		model.addAttribute("action", "/public/search");
		return VIEW;
	}
}
