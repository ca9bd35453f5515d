package org.lvzhi.legislation.drafts;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.internal.LegislationPages;
import org.lvzhi.legislation.text.ArticleChange;
import org.lvzhi.legislation.text.ArticleMatcher;
import org.lvzhi.platform.Moves;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two versions of a project side by side, article by article, and the comparison table
 * (修改对照表) of the same two versions as a Word document, for the office and the members who
 * deliberate the draft.
 */
@Controller
@PreAuthorize(LegislationPages.READERS)
class CompareController {

	private final DraftStore store;
	private final MessageSource messages;
	private final ArticleMatcher matcher = new ArticleMatcher();

	CompareController(DraftStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
	}

	private record Pair(Project project, DraftVersion from, DraftVersion to, List<CompareRow> rows) {
	}

	private Pair compare(long projectId, long from, long to) {
		Project project = store.project(new ProjectId(projectId)).orElseThrow(Moves::notFound);
		DraftVersion a = store.version(new DraftId(from))
			.filter(v -> v.project().equals(project.id()))
			.orElseThrow(Moves::notFound);
		DraftVersion b = store.version(new DraftId(to))
			.filter(v -> v.project().equals(project.id()))
			.orElseThrow(Moves::notFound);
		List<ArticleChange> changes = matcher.compare(store.text(a.id()), store.text(b.id()));
		return new Pair(project, a, b, changes.stream().map(CompareRow::of).toList());
	}

	@GetMapping("/legislation/projects/{id:\\d+}/compare")
	String sideBySide(@PathVariable long id, @RequestParam long from, @RequestParam long to,
			@RequestParam(defaultValue = "false") boolean all, Model model) {
		Pair pair = compare(id, from, to);
		model.addAttribute("project", pair.project());
		model.addAttribute("from", pair.from());
		model.addAttribute("to", pair.to());
		model.addAttribute("all", all);
		model.addAttribute("rows", all ? pair.rows() : pair.rows().stream().filter(CompareRow::changed).toList());
		model.addAttribute("counts", java.util.Arrays.stream(ArticleChange.Change.values())
			.collect(java.util.stream.Collectors.toMap(c -> c.name(),
					c -> pair.rows().stream().filter(r -> r.change() == c).count(), (x, y) -> x,
					java.util.LinkedHashMap::new)));
		return "legislation/drafts/compare";
	}

	@GetMapping("/legislation/projects/{id:\\d+}/compare.docx")
	void table(@PathVariable long id, @RequestParam long from, @RequestParam long to, HttpServletResponse response)
			throws IOException {
		Pair pair = compare(id, from, to);
		Locale locale = LocaleContextHolder.getLocale();
		ComparisonTable.Labels labels = new ComparisonTable.Labels(
				messages.getMessage("legislation.table.title", new Object[] { pair.project().title() }, locale),
				messages.getMessage("legislation.table.subtitle",
						new Object[] { reading(pair.from().reading(), locale), reading(pair.to().reading(), locale) }, locale),
				messages.getMessage("legislation.table.before", null, locale),
				messages.getMessage("legislation.table.after", null, locale),
				messages.getMessage("legislation.table.note", null, locale));
		String name = messages.getMessage("legislation.table.file", new Object[] { pair.project().title() }, locale);
		response.setContentType(ComparisonTable.CONTENT_TYPE);
		response.setHeader("Content-Disposition",
				"attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
		try (OutputStream out = response.getOutputStream()) {
			ComparisonTable.write(out, labels, pair.rows().stream().filter(CompareRow::changed).toList(),
					row -> note(row, locale));
		}
	}

	private String reading(int reading, Locale locale) {
		return messages.getMessage("legislation.reading." + reading, null, locale);
	}

	private String note(CompareRow row, Locale locale) {
		String note = messages.getMessage(row.changeKey(), null, locale);
		if (row.renumbered()) {
			note += messages.getMessage("legislation.change.formerly", new Object[] { row.beforeLabel() }, locale);
		}
		return note;
	}
}
