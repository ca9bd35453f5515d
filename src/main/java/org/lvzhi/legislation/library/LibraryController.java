package org.lvzhi.legislation.library;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.lvzhi.legislation.LawId;
import org.lvzhi.legislation.internal.LegislationAccess;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.platform.Page;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The library of laws and regulations in force, for everybody: laws are public, so the list, each
 * text and the full-text search are open without signing in, and read-only.
 */
@Controller
@RequestMapping("/public/laws")
@PreAuthorize("permitAll()")
class LibraryController {

	static final int PAGE_SIZE = 20;

	private final LawStore store;
	private final Search search;

	private final LegislationAccess access;

	private final String committee;

	LibraryController(LawStore store, Search search, LegislationAccess access,
			@org.springframework.beans.factory.annotation.Value("${lvzhi.committee-name}") String committee) {
		this.committee = committee;
		this.access = access;
		this.store = store;
		this.search = search;
	}

	@GetMapping
	String list(@RequestParam(required = false) String title, @RequestParam(required = false) String category,
			@RequestParam(required = false) String region, @RequestParam(required = false) LawStatus status,
			@RequestParam(required = false) Integer yearFrom, @RequestParam(required = false) Integer yearTo,
			@RequestParam(required = false) Integer page, Authentication user, Model model) {
		model.addAttribute("mayImport", access.isLegislativeOffice(user));
		LawFilter filter = new LawFilter(title, category, region, status, yearFrom, yearTo);
		model.addAttribute("filter", filter);
		model.addAttribute("page", store.list(filter, Page.number(page), PAGE_SIZE));
		filters(model);
		return "legislation/library/list";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		Law law = store.find(new LawId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("law", law);
		model.addAttribute("header", law.text().header());
		model.addAttribute("layout", LawPage.of(law.text()));
		model.addAttribute("versions", store.versions(law.title()));
		return "legislation/library/law";
	}

	@GetMapping("/{id:\\d+}.docx")
	void docx(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		Law law = store.find(new LawId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		RegulationExport.docx(response, law.title(), law.text());
	}

	@GetMapping("/{id:\\d+}.xml")
	void akomaNtoso(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		Law law = store.find(new LawId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		RegulationExport.akomaNtoso(response, law.title(), java.util.List.of(law.text()),
				RegulationExport.law(law, store.titleVersions(law.title()), committee,
						java.time.LocalDate.now(LegislationYears.CHINA)));
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String region, @RequestParam(required = false) LawStatus status,
			@RequestParam(required = false) Integer page, Model model) {
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		if (category != null && !category.isBlank()) {
			facets.put("category", Set.of(category));
		}
		if (region != null && !region.isBlank()) {
			facets.put("region", Set.of(region));
		}
		if (status != null) {
			facets.put("status", Set.of(status.name()));
		}
		int number = Page.number(page);
		String text = q == null ? "" : q.strip();
		SearchHits hits = text.isEmpty() ? new SearchHits(0, java.util.List.of())
				: search.search(new SearchQuery(LawDocuments.TYPE, text, facets, Set.of(LawDocuments.PUBLIC),
						Page.offset(number, PAGE_SIZE), PAGE_SIZE));
		model.addAttribute("q", text);
		model.addAttribute("category", category);
		model.addAttribute("region", region);
		model.addAttribute("status", status);
		model.addAttribute("page", new Page<>(hits.hits(), number, PAGE_SIZE, hits.total()));
		filters(model);
		return "legislation/library/search";
	}

	private void filters(Model model) {
		model.addAttribute("categories", store.categories());
		model.addAttribute("regions", store.regions());
		model.addAttribute("statuses", LawStatus.values());
	}
}
