package org.lvzhi.suggestions.handling;

import java.io.IOException;
import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.platform.Moves;
import org.lvzhi.suggestions.AnswerCategory;
import org.lvzhi.suggestions.AnswerSuggestion;
import org.lvzhi.suggestions.ContactStage;
import org.lvzhi.suggestions.LetterFile;
import org.lvzhi.suggestions.RecordContact;
import org.lvzhi.suggestions.ReportProgress;
import org.lvzhi.suggestions.RequestExtension;
import org.lvzhi.suggestions.RequestReturn;
import org.lvzhi.suggestions.SendCoHandlingView;
import org.lvzhi.suggestions.SuggestionAccess;
import org.lvzhi.suggestions.SuggestionDeadlines;
import org.lvzhi.suggestions.SuggestionId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of a handling unit on a suggestion assigned to it. The unit is always the signed-in
 * account's own: a unit cannot act for another by changing a form field.
 */
@Controller
@RequestMapping("/suggestions/{id:\\d+}/unit")
@PreAuthorize("@suggestionAccess.isUnit(authentication)")
class UnitActionsController {

	private final RequestReturn requestReturn;
	private final RequestExtension requestExtension;
	private final RecordContact recordContact;
	private final SendCoHandlingView sendView;
	private final AnswerSuggestion answer;
	private final ReportProgress reportProgress;
	private final SuggestionDeadlines deadlines;

	UnitActionsController(RequestReturn requestReturn, RequestExtension requestExtension, RecordContact recordContact,
			SendCoHandlingView sendView, AnswerSuggestion answer, ReportProgress reportProgress,
			SuggestionDeadlines deadlines) {
		this.requestReturn = requestReturn;
		this.requestExtension = requestExtension;
		this.recordContact = recordContact;
		this.sendView = sendView;
		this.answer = answer;
		this.reportProgress = reportProgress;
		this.deadlines = deadlines;
	}

	@PostMapping("/return")
	String requestReturn(@PathVariable long id, @RequestParam int version, @RequestParam String reason,
			Authentication user, RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.requested",
				() -> requestReturn.request(sid(id), version, unit(user), reason, deadlines.today()));
	}

	@PostMapping("/extension")
	String requestExtension(@PathVariable long id, @RequestParam int version, @RequestParam String reason,
			Authentication user, RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.requested",
				() -> requestExtension.request(sid(id), version, unit(user), reason, deadlines.today()));
	}

	@PostMapping("/contact")
	String contact(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) ContactStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String way, @RequestParam(required = false) String note, Authentication user,
			RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.saved",
				() -> recordContact.record(sid(id), version, unit(user), stage, date, way, note));
	}

	@PostMapping("/view")
	String view(@PathVariable long id, @RequestParam int version, @RequestParam String text, Authentication user,
			RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.saved",
				() -> sendView.send(sid(id), version, unit(user), text, deadlines.today()));
	}

	@PostMapping("/answer")
	String answer(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) AnswerCategory category,
			@RequestParam String text, @RequestParam(required = false) MultipartFile letter, Authentication user,
			RedirectAttributes r) throws IOException {
		LetterFile file = letter == null || letter.isEmpty() ? null
				: new LetterFile(letter.getOriginalFilename(), letter.getContentType(), letter.getBytes());
		return Moves.run("/suggestions/" + id, r, "suggestions.answered",
				() -> answer.answer(sid(id), version, unit(user), category, text, file, deadlines.today()));
	}

	@PostMapping("/progress")
	String progress(@PathVariable long id, @RequestParam int version, @RequestParam String text, Authentication user,
			RedirectAttributes r) {
		return Moves.run("/suggestions/" + id, r, "suggestions.saved",
				() -> reportProgress.report(sid(id), version, unit(user), text, deadlines.today()));
	}

	private static SuggestionId sid(long id) {
		return new SuggestionId(id);
	}

	private static OrganizationId unit(Authentication user) {
		return SuggestionAccess.unit(user);
	}
}
