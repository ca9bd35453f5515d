package org.lvzhi.suggestions;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.Picker;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.StoredFile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's list of suggestions with filters, and the page of one suggestion that every reader
 * in scope opens: what it shows and which buttons depends on who reads it.
 */
@Controller
@RequestMapping("/suggestions")
class SuggestionController {

	private final Suggestions suggestions;
	private final SuggestionAccess access;
	private final SuggestionFiles files;
	private final SuggestionSettings settings;
	private final SuggestionDeadlines deadlines;
	private final Names names;
	private final BillWorkflow bills;
	private final Picker picks;

	SuggestionController(Suggestions suggestions, SuggestionAccess access, SuggestionFiles files,
			SuggestionSettings settings, SuggestionDeadlines deadlines, Names names, BillWorkflow bills, Picker picks) {
		this.picks = picks;
		this.bills = bills;
		this.suggestions = suggestions;
		this.access = access;
		this.files = files;
		this.settings = settings;
		this.deadlines = deadlines;
		this.names = names;
	}

	@GetMapping
	@PreAuthorize("@suggestionAccess.isOffice(authentication)")
	String list(@RequestParam(required = false) SuggestionState state, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String category, @RequestParam(required = false) Boolean key,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		OrganizationId unitId = null;
		try {
			unitId = picks.unit(unit);
		}
		catch (DomainException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
		}
		SuggestionQuery query = new SuggestionQuery(state, unitId,
				category == null || category.isBlank() ? null : category, key, overdue, year, text, null);
		model.addAttribute("unitValue", unitId == null ? "" : picks.unitValue(unitId));
		model.addAttribute("query", query);
		Page<SuggestionListItem> found = suggestions.find(query, Page.number(page), Page.size(size));
		model.addAttribute("page", found);
		model.addAttribute("states", SuggestionState.values());
		model.addAttribute("categories", settings.categories());
		model.addAttribute("names", names.lookup(found.items()));
		return "suggestions/list";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Authentication user, Model model) {
		Suggestion s = suggestions.get(new SuggestionId(id)).orElseThrow(Moves::notFound);
		if (!access.canOpen(user, s)) {
			throw Moves.notFound();
		}
		model.addAttribute("s", s);
		model.addAttribute("files", files.of(s.id()));
		model.addAttribute("names", names.lookup());
		model.addAttribute("office", access.isOffice(user));
		model.addAttribute("deputy", access.isLeadDeputy(user, s));
		model.addAttribute("coSigner", access.isCoSigner(user, s));
		OrganizationId unit = access.isUnit(user) ? SuggestionAccess.unit(user) : null;
		Assignment mine = unit == null ? null : s.assignmentOf(unit).orElse(null);
		model.addAttribute("mine", mine);
		model.addAttribute("readiness", mine == null || !mine.role().answers() || !s.state().isHandling() ? null
				: s.readiness(unit, settings.requiredContacts(), deadlines.today()));
		model.addAttribute("signal", s.answerDue() == null ? null : deadlines.signal(s.answerDue(), deadlines.today()));
		model.addAttribute("status", s.answerDue() == null ? null : deadlines.status(s.answerDue()));
		model.addAttribute("jointOffices", settings.jointOffices());
		model.addAttribute("deputyNames", names.lookup().persons(s.deputies()));
		model.addAttribute("today", deadlines.today());
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("contactStages", ContactStage.values());
		model.addAttribute("answerCategories", AnswerCategory.values());
		model.addAttribute("leaderValue", s.supervisingLeader() == null ? "" : picks.personValue(s.supervisingLeader()));
		model.addAttribute("billOrigin", bills.originOf(s.id()).orElse(null));
		return "suggestions/detail";
	}

	@GetMapping("/{id:\\d+}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId, Authentication user) {
		Suggestion s = suggestions.get(new SuggestionId(id)).orElseThrow(Moves::notFound);
		SuggestionFiles.FileInfo info = files.info(fileId).filter(f -> f.suggestion().equals(s.id()))
			.orElseThrow(Moves::notFound);
		if (!access.canOpen(user, s)) {
			throw Moves.notFound();
		}
		return StoredFile.response(info.name(), files.content(fileId));
	}
}
