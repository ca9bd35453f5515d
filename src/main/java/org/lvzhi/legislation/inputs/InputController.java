package org.lvzhi.legislation.inputs;

import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.internal.LegislationPages;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The legislative affairs commission's inbox of input from the liaison stations: the list with
 * filters, one input with what can be done with it, and those moves. The commission's pages, so
 * the same rule as reading commenters' contacts: the legislative office or the administrator.
 */
@Controller
@PreAuthorize("@legislationAccess.isLegislativeOffice(authentication)")
class InputController {

	private final InputStore store;
	private final DraftStore drafts;
	private final HandleLegislativeInput handle;

	InputController(InputStore store, DraftStore drafts, HandleLegislativeInput handle) {
		this.store = store;
		this.drafts = drafts;
		this.handle = handle;
	}

	@GetMapping("/legislation/inputs")
	String list(@RequestParam(required = false) InputState state, @RequestParam(required = false) Long station,
			@RequestParam(required = false) Integer page, Model model) {
		int number = Page.number(page);
		model.addAttribute("page", store.page(state, station, number, LegislationPages.PAGE_SIZE));
		model.addAttribute("state", state);
		model.addAttribute("station", station);
		model.addAttribute("states", InputState.values());
		model.addAttribute("stations", store.stations());
		return "legislation/inputs/list";
	}

	@GetMapping("/legislation/inputs/{id:\\d+}")
	String input(@PathVariable long id, Model model) {
		model.addAttribute("input", store.find(id).orElseThrow(Moves::notFound));
		model.addAttribute("projects", drafts.projects(1, Page.MAX_SIZE).items());
		return "legislation/inputs/input";
	}

	@PostMapping("/legislation/inputs/{id:\\d+}/take")
	String take(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam(required = false) Long project,
			@RequestParam(required = false) String note, Authentication user, RedirectAttributes redirect) {
		store.find(id).orElseThrow(Moves::notFound);
		return Moves.run("/legislation/inputs/" + id, redirect, "legislation.input.takenDone",
				() -> handle.take(id, seen(version), project == null ? null : new ProjectId(project), note, accountId(user)));
	}

	@PostMapping("/legislation/inputs/{id:\\d+}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam(required = false) String answer,
			Authentication user, RedirectAttributes redirect) {
		store.find(id).orElseThrow(Moves::notFound);
		return Moves.run("/legislation/inputs/" + id, redirect, "legislation.input.answeredDone",
				java.util.Map.of("answer", answer == null ? "" : answer),
				() -> handle.answer(id, seen(version), answer, accountId(user)));
	}

	/** A form without the version it was drawn at is treated as drawn before any change. */
	private static int seen(Integer version) {
		return version == null ? -1 : version;
	}

	private static Long accountId(Authentication user) {
		SignedInUser signedIn = SignedInUser.of(user);
		return signedIn == null ? null : signedIn.accountId();
	}
}
