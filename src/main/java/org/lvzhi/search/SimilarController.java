package org.lvzhi.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * HTML fragments for other modules' forms, loaded with htmx as the user types: the readable
 * documents most like the text (a duplicate warning), and for staff the units that handled the
 * most similar ones (a routing hint).
 */
@Controller
class SimilarController {

	static final int SIMILAR_LIMIT = 5;
	static final int HINT_LIMIT = 3;
	/** Below this a "similar" document would only distract. */
	static final double MIN_SHOWN = 0.2;

	private final Search search;
	private final List<FacetLabels> labels;

	SimilarController(Search search, List<FacetLabels> labels) {
		this.search = search;
		this.labels = labels;
	}

	@GetMapping("/search/similar")
	String similar(@RequestParam String type, @RequestParam(required = false) String text,
			@RequestParam(required = false) String exclude, Authentication user, Model model) {
		Set<String> excluded = exclude == null || exclude.isBlank() ? Set.of() : Set.of(exclude);
		model.addAttribute("hits", search.similar(type, text, SIMILAR_LIMIT, ReaderKeys.of(user), excluded)
			.stream()
			.filter(hit -> hit.score() >= MIN_SHOWN)
			.toList());
		return "search/fragments :: similar";
	}

	@GetMapping("/search/hint")
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	String hint(@RequestParam String type, @RequestParam String facet, @RequestParam(required = false) String text,
			Authentication user, Model model) {
		// The hint reads every document of the type; staff who may read none of them (petitions are the
		// petitions office's alone) get none, whatever labels the type has.
		Optional<FacetLabels> names = labels.stream()
			.filter(l -> l.type().equals(type) && l.facet().equals(facet))
			.filter(l -> search.search(new SearchQuery(type, "", Map.of(), ReaderKeys.of(user), 0, 1)).total() > 0)
			.findFirst();
		// Only a type whose module names its facet's values offers the fragment: a module that keeps its
		// hints to its own pages (petitions) provides no labels, and the fragment then says nothing.
		model.addAttribute("hints", names.isEmpty() ? List.of() : search.hint(type, text, facet, HINT_LIMIT)
			.stream()
			.map(h -> new LabelledHint(h.value(), names.flatMap(n -> n.label(h.value())).orElse(h.value()),
					h.weight()))
			.toList());
		return "search/fragments :: hint";
	}

	record LabelledHint(String value, String label, double weight) {
	}
}
