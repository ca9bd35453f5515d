package org.lvzhi.search;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.lvzhi.platform.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator sees how many documents each index holds and when it was last rebuilt, and
 * rebuilds one from the database when it seems out of date.
 */
@Controller
@RequestMapping("/admin/search")
@PreAuthorize("hasRole('ADMIN')")
class SearchAdminController {

	static final String VIEW = "search/admin";
	static final String REDIRECT = "redirect:/admin/search";

	private final Indexes indexes;
	private final DocumentSources sources;
	private final Search search;
	private final RebuildIndex rebuild;
	private final Rebuilds rebuilds;

	SearchAdminController(Indexes indexes, DocumentSources sources, Search search, RebuildIndex rebuild,
			Rebuilds rebuilds) {
		this.indexes = indexes;
		this.sources = sources;
		this.search = search;
		this.rebuild = rebuild;
		this.rebuilds = rebuilds;
	}

	@GetMapping
	String indexes(Model model) {
		TreeSet<String> types = new TreeSet<>(sources.types());
		types.addAll(indexes.types());
		List<IndexStatus> rows = types.stream()
			.map(type -> new IndexStatus(type, search.count(type),
					indexes.forReading(type).map(TypeIndex::lastRebuild).orElse(null),
					sources.forType(type).isPresent(), rebuilds.latest(type).orElse(null)))
			.toList();
		model.addAttribute("indexes", rows);
		model.addAttribute("running", rows.stream().anyMatch(IndexStatus::running));
		return VIEW;
	}

	/** The table alone, which the page polls while a rebuild runs. */
	@GetMapping(params = "table")
	String table(Model model) {
		indexes(model);
		return VIEW + " :: table";
	}

	@PostMapping("/rebuild")
	String rebuild(@RequestParam String type, RedirectAttributes redirect) {
		try {
			rebuild.start(type);
			redirect.addFlashAttribute("successKey", "search.rebuild.started");
			redirect.addFlashAttribute("successArgs", new Object[] { type });
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return REDIRECT;
	}

	/** One index: its count, its last completed rebuild, and the latest rebuild since start-up, if any. */
	record IndexStatus(String type, long documents, Instant lastRebuild, boolean rebuildable,
			Rebuilds.Progress progress) {

		public boolean running() {
			return progress != null && progress.running();
		}
	}
}
