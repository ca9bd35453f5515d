package org.lvzhi.suggestions.bills;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Moves;
import org.lvzhi.suggestions.BillOutcome;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.SuggestionLinks;
import org.lvzhi.suggestions.SuggestionSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lists of bills (the office's with filters, a deputy's own, an organ's handed ones) and the
 * page of one bill, whose buttons depend on who reads it.
 */
@Controller
@RequestMapping("/bills")
class BillPages {

	static final String LIST = "suggestions/bills/list";

	private final Bills bills;
	private final BillAccess access;
	private final Directory directory;
	private final Deadlines deadlines;
	private final SuggestionSettings suggestionSettings;
	private final SuggestionLinks suggestionLinks;

	BillPages(Bills bills, BillAccess access, Directory directory, Deadlines deadlines,
			SuggestionSettings suggestionSettings, SuggestionLinks suggestionLinks) {
		this.suggestionLinks = suggestionLinks;
		this.bills = bills;
		this.access = access;
		this.directory = directory;
		this.deadlines = deadlines;
		this.suggestionSettings = suggestionSettings;
	}

	@GetMapping
	@PreAuthorize("@billAccess.isOffice(authentication)")
	String list(@RequestParam(required = false) BillState state, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer page, Model model) {
		return list(model, "bills.list.title", new BillQuery(state, year, text, null, null), page, true);
	}

	@GetMapping("/mine")
	@PreAuthorize("@billAccess.isDeputy(authentication)")
	String mine(@RequestParam(required = false) Integer page, Authentication user, Model model) {
		return list(model, "bills.mine.title",
				new BillQuery(null, null, null, BillAccess.person(user).value(), null), page, false);
	}

	@GetMapping("/handed")
	@PreAuthorize("@billAccess.isUnit(authentication)")
	String handed(@RequestParam(required = false) Integer page, Authentication user, Model model) {
		return list(model, "bills.handed.title",
				new BillQuery(null, null, null, null, BillAccess.unit(user).value()), page, false);
	}

	private String list(Model model, String titleKey, BillQuery query, Integer page, boolean filters) {
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("query", query);
		model.addAttribute("filters", filters);
		model.addAttribute("states", BillState.values());
		model.addAttribute("page", bills.find(query, Page.number(page), Page.size(null)));
		model.addAttribute("names", new BillNames(directory));
		return LIST;
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Authentication user, Model model) {
		Bill b = bills.get(new BillId(id)).orElseThrow(Moves::notFound);
		if (!access.canOpen(user, b)) {
			throw Moves.notFound();
		}
		var me = BillAccess.person(user);
		model.addAttribute("b", b);
		model.addAttribute("names", new BillNames(directory));
		model.addAttribute("office", access.isOffice(user));
		model.addAttribute("lead", access.isDeputy(user) && b.leadDeputy().equals(me));
		model.addAttribute("maySign", access.isDeputy(user) && b.state() == BillState.DRAFTED
				&& b.signers().stream().anyMatch(s -> s.personId() == me.value() && !s.signed()));
		var organ = access.isUnit(user) ? BillAccess.unit(user) : null;
		model.addAttribute("myOrgan", organ == null ? null
				: b.organs().stream().filter(o -> o.organizationId() == organ.value()).findFirst().orElse(null));
		model.addAttribute("outcomes", BillOutcome.values());
		model.addAttribute("categories", suggestionSettings.categories());
		model.addAttribute("today", deadlines.today());
		model.addAttribute("suggestionLink", b.suggestion() == null ? null
				: suggestionLinks.of(user, b.suggestion()).orElse(null));
		return "suggestions/bills/detail";
	}
}
