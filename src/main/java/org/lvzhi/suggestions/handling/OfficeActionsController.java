package org.lvzhi.suggestions.handling;

import java.util.List;
import java.util.Set;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.Picker;
import org.lvzhi.platform.Moves;
import org.lvzhi.suggestions.AcceptSuggestion;
import org.lvzhi.suggestions.AssignSuggestion;
import org.lvzhi.suggestions.AssignmentPlan;
import org.lvzhi.suggestions.CloseSuggestion;
import org.lvzhi.suggestions.DecideExtension;
import org.lvzhi.suggestions.DecideReturn;
import org.lvzhi.suggestions.MarkImplemented;
import org.lvzhi.suggestions.MarkKeySuggestion;
import org.lvzhi.suggestions.MergeSuggestions;
import org.lvzhi.suggestions.RejectSuggestion;
import org.lvzhi.suggestions.ReopenSuggestion;
import org.lvzhi.suggestions.SuggestionDeadlines;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons of the deputies' affairs commission on a suggestion's page. */
@Controller
@RequestMapping("/suggestions/{id:\\d+}")
@PreAuthorize("@suggestionAccess.isOffice(authentication)")
class OfficeActionsController {

	private final AcceptSuggestion accept;
	private final RejectSuggestion reject;
	private final MergeSuggestions merge;
	private final AssignSuggestion assign;
	private final DecideReturn decideReturn;
	private final DecideExtension decideExtension;
	private final MarkKeySuggestion markKey;
	private final ReopenSuggestion reopen;
	private final CloseSuggestion close;
	private final MarkImplemented implemented;
	private final SuggestionDeadlines deadlines;
	private final Picker picks;
	private final Suggestions suggestions;

	OfficeActionsController(Picker picks, Suggestions suggestions, AcceptSuggestion accept, RejectSuggestion reject, MergeSuggestions merge,
			AssignSuggestion assign, DecideReturn decideReturn, DecideExtension decideExtension,
			MarkKeySuggestion markKey, ReopenSuggestion reopen, CloseSuggestion close, MarkImplemented implemented,
			SuggestionDeadlines deadlines) {
		this.accept = accept;
		this.reject = reject;
		this.merge = merge;
		this.assign = assign;
		this.decideReturn = decideReturn;
		this.decideExtension = decideExtension;
		this.markKey = markKey;
		this.reopen = reopen;
		this.close = close;
		this.implemented = implemented;
		this.deadlines = deadlines;
		this.picks = picks;
		this.suggestions = suggestions;
	}

	@PostMapping("/accept")
	String accept(@PathVariable long id, @RequestParam int version, RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.accepted", () -> accept.accept(sid(id), version, deadlines.today()));
	}

	@PostMapping("/reject")
	String reject(@PathVariable long id, @RequestParam int version, @RequestParam String reason, RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.rejected", () -> reject.reject(sid(id), version, reason, deadlines.today()));
	}

	/** Merges this suggestion into the one with the given number (e.g. 2023-0012) or ID. */
	@PostMapping("/merge")
	String merge(@PathVariable long id, @RequestParam String into, RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.merged",
				() -> merge.merge(List.of(sid(id)), suggestions.numbered(into), deadlines.today()));
	}

	/** The units come from the pickers: names as picked or typed in full, refused by name when unknown. */
	@PostMapping("/assign")
	String assign(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String lead,
			@RequestParam(required = false) String coHandling, @RequestParam(required = false) String split,
			RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.assigned", () -> assign.assign(sid(id), version,
				new AssignmentPlan(picks.unit(lead), picks.units(coHandling), picks.units(split)), deadlines.today()));
	}

	@PostMapping("/return-decision")
	String decideReturn(@PathVariable long id, @RequestParam int version, @RequestParam long unit,
			@RequestParam boolean approve, RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.decided", () -> decideReturn.decide(sid(id), version,
				new OrganizationId(unit), approve, deadlines.today()));
	}

	@PostMapping("/extension-decision")
	String decideExtension(@PathVariable long id, @RequestParam int version, @RequestParam boolean approve,
			RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.decided",
				() -> decideExtension.decide(sid(id), version, approve, deadlines.today()));
	}

	@PostMapping("/key")
	String markKey(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String leader,
			@RequestParam(required = false) List<String> offices, RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.markedKey", () -> markKey.mark(sid(id), version, picks.person(leader),
				offices == null ? Set.of() : Set.copyOf(offices), deadlines.today()));
	}

	@PostMapping("/reopen")
	String reopen(@PathVariable long id, @RequestParam int version, RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.reopened", () -> reopen.reopen(sid(id), version, deadlines.today()));
	}

	@PostMapping("/close")
	String close(@PathVariable long id, @RequestParam int version, RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.closed", () -> close.close(sid(id), version, deadlines.today()));
	}

	@PostMapping("/implemented")
	String implemented(@PathVariable long id, @RequestParam int version, RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.closed", () -> implemented.mark(sid(id), version, deadlines.today()));
	}

	private static SuggestionId sid(long id) {
		return new SuggestionId(id);
	}
}
