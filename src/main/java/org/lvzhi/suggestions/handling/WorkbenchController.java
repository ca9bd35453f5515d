package org.lvzhi.suggestions.handling;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.platform.Page;
import org.lvzhi.suggestions.Names;
import org.lvzhi.suggestions.SuggestionAccess;
import org.lvzhi.suggestions.SuggestionDeadlines;
import org.lvzhi.suggestions.SuggestionListItem;
import org.lvzhi.suggestions.SuggestionQuery;
import org.lvzhi.suggestions.SuggestionState;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A handling unit's workbench: only its assignments, with due dates in working days and, for those
 * it still has to answer, what it owes before it may (三见面 contacts, co-handling views).
 */
@Controller
class WorkbenchController {

	private final Suggestions suggestions;
	private final SuggestionDeadlines deadlines;
	private final Names names;

	WorkbenchController(Suggestions suggestions, SuggestionDeadlines deadlines, Names names) {
		this.suggestions = suggestions;
		this.deadlines = deadlines;
		this.names = names;
	}

	@GetMapping("/suggestions/workbench")
	@PreAuthorize("@suggestionAccess.isUnit(authentication)")
	String workbench(@RequestParam(required = false) SuggestionState state,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
			Authentication user, Model model) {
		OrganizationId unit = SuggestionAccess.unit(user);
		SuggestionQuery query = SuggestionQuery.all().withUnit(unit).withState(state).withOverdue(overdue);
		model.addAttribute("query", query);
		Page<SuggestionListItem> found = suggestions.find(query, Page.number(page), Page.size(null));
		model.addAttribute("page", found);
		model.addAttribute("done", suggestions.doneBy(unit, found.items().stream().map(SuggestionListItem::id).toList()));
		model.addAttribute("readiness",
				suggestions.readiness(unit, found.items().stream().map(SuggestionListItem::id).toList(), deadlines.today()));
		model.addAttribute("states", SuggestionState.values());
		model.addAttribute("deadlines", deadlines);
		model.addAttribute("today", deadlines.today());
		model.addAttribute("names", names.lookup(found.items()));
		return "suggestions/workbench";
	}
}
