package org.lvzhi.legislation.comments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.CommentSource;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.drafts.DraftDocuments;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.internal.LegislationPages;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Full-text search over the comments on drafts, for office staff: by words of the comment, its
 * article, its source and the decision's reason, with filters by project, draft, source, decision
 * and whether it is hidden. Each result opens the comment in its draft's list.
 */
@Controller
@PreAuthorize("hasRole('STAFF')")
class CommentSearchController {

	/** A hit with the comment it stands for, as the database has it now. */
	record CommentHit(SearchHits.Hit hit, Comment comment) {
	}

	private final Search search;
	private final ProcessStore store;
	private final DraftStore drafts;

	CommentSearchController(Search search, ProcessStore store, DraftStore drafts) {
		this.search = search;
		this.store = store;
		this.drafts = drafts;
	}

	@GetMapping("/legislation/comments/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) Long project,
			@RequestParam(required = false) Long draft, @RequestParam(required = false) CommentSource source,
			@RequestParam(required = false) String decision, @RequestParam(required = false) Boolean hidden,
			@RequestParam(required = false) Long request, @RequestParam(required = false) Integer page, Model model) {
		int number = Page.number(page);
		String words = q == null ? "" : q.strip();
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		if (project != null) {
			facets.put("project", Set.of(project.toString()));
		}
		if (draft != null) {
			facets.put("draft", Set.of(draft.toString()));
		}
		if (source != null) {
			facets.put("source", Set.of(source.name()));
		}
		if (decision != null && (decision.equals(CommentIndex.UNDECIDED) || isDecision(decision))) {
			facets.put("decision", Set.of(decision));
		}
		if (hidden != null) {
			facets.put("hidden", Set.of(hidden.toString()));
		}
		if (request != null) {
			facets.put("request", Set.of(request.toString()));
		}
		boolean asked = !words.isEmpty() || !facets.isEmpty();
		SearchHits hits = asked
				? search.search(new SearchQuery(CommentIndex.TYPE, words, facets, Set.of(DraftDocuments.STAFF),
						Page.offset(number, LegislationPages.PAGE_SIZE), LegislationPages.PAGE_SIZE))
				: new SearchHits(0, List.of());
		List<CommentHit> rows = hits.hits()
			.stream()
			.flatMap(h -> store.comment(new CommentId(Long.parseLong(h.id()))).map(c -> new CommentHit(h, c)).stream())
			.toList();
		model.addAttribute("q", words);
		model.addAttribute("asked", asked);
		model.addAttribute("project", project);
		model.addAttribute("draft", draft);
		model.addAttribute("source", source);
		model.addAttribute("decision", decision);
		model.addAttribute("hidden", hidden);
		model.addAttribute("request", request);
		model.addAttribute("projects", drafts.projects(1, Page.MAX_SIZE).items());
		model.addAttribute("drafts", project == null ? List.of() : drafts.versions(new ProjectId(project)));
		model.addAttribute("sources", CommentSource.values());
		model.addAttribute("decisions", CommentDecision.values());
		model.addAttribute("page", new Page<>(rows, number, LegislationPages.PAGE_SIZE, hits.total()));
		return "legislation/process/comment-search";
	}

	/** A comment's place: the list of comments on its draft, scrolled to it. */
	@GetMapping("/legislation/comments/{id:\\d+}")
	String comment(@PathVariable long id) {
		Comment comment = store.comment(new CommentId(id)).orElseThrow(Moves::notFound);
		return "redirect:/legislation/drafts/" + comment.draft() + "/comments#c" + id;
	}

	private static boolean isDecision(String value) {
		for (CommentDecision d : CommentDecision.values()) {
			if (d.name().equals(value)) {
				return true;
			}
		}
		return false;
	}
}
