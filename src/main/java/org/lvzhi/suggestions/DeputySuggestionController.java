package org.lvzhi.suggestions;

import java.io.IOException;

import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.Picker;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A deputy's own suggestions: the list, the draft form, submitting, withdrawing and rating; and a
 * co-signer's view of the answer.
 */
@Controller
@RequestMapping("/suggestions")
@PreAuthorize("@suggestionAccess.isDeputy(authentication)")
class DeputySuggestionController {

	static final String FORM = "suggestions/form";

	private final Suggestions suggestions;
	private final DraftSuggestion draft;
	private final SubmitSuggestion submit;
	private final WithdrawSuggestion withdraw;
	private final RateAnswer rate;
	private final AddCoSignerView coSignerView;
	private final SuggestionFiles files;
	private final SuggestionSettings settings;
	private final SuggestionDeadlines deadlines;
	private final Names names;

	private final Picker picks;

	DeputySuggestionController(Suggestions suggestions, DraftSuggestion draft, SubmitSuggestion submit,
			WithdrawSuggestion withdraw, RateAnswer rate, AddCoSignerView coSignerView, SuggestionFiles files,
			SuggestionSettings settings, SuggestionDeadlines deadlines, Names names, Picker picks) {
		this.coSignerView = coSignerView;
		this.picks = picks;
		this.suggestions = suggestions;
		this.draft = draft;
		this.submit = submit;
		this.withdraw = withdraw;
		this.rate = rate;
		this.files = files;
		this.settings = settings;
		this.deadlines = deadlines;
		this.names = names;
	}

	@GetMapping("/mine")
	String mine(@RequestParam(required = false) Integer page, Authentication user, Model model) {
		SuggestionQuery query = new SuggestionQuery(null, null, null, null, null, null, null, SuggestionAccess.person(user));
		model.addAttribute("page", suggestions.find(query, Page.number(page), Page.size(null)));
		model.addAttribute("names", names.lookup());
		return "suggestions/mine";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, DraftForm.empty(), null);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") DraftForm form, @RequestParam(required = false) MultipartFile attachment,
			Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		try {
			SuggestionId id = draft.draft(SuggestionAccess.person(user), form.content(), form.coSignerIds(picks), deadlines.today());
			attach(id, attachment);
			redirect.addFlashAttribute("successKey", "suggestions.saved");
			return "redirect:/suggestions/" + id;
		}
		catch (DomainException e) {
			return refuse(model, response, form, null, e);
		}
	}

	/** Only a draft is edited: a submitted suggestion's address leads back to its page, saying why. */
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Authentication user, Model model, RedirectAttributes redirect) {
		Suggestion s = own(id, user);
		if (s.state() != SuggestionState.DRAFT) {
			return notEditable(s, redirect);
		}
		return form(model, DraftForm.of(s, picks), id);
	}

	@PostMapping("/{id}/edit")
	String save(@PathVariable long id, @ModelAttribute("form") DraftForm form,
			@RequestParam(required = false) MultipartFile attachment, Authentication user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		Suggestion s = own(id, user);
		if (s.state() != SuggestionState.DRAFT) {
			return notEditable(s, redirect);
		}
		try {
			draft.edit(new SuggestionId(id), form.version() == null ? -1 : form.version(), SuggestionAccess.person(user),
					form.content(), form.coSignerIds(picks), deadlines.today());
			attach(new SuggestionId(id), attachment);
			redirect.addFlashAttribute("successKey", "suggestions.saved");
			return "redirect:/suggestions/" + id;
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("errorKey", "error.concurrentEdit");
			return form(model, form, id);
		}
		catch (DomainException e) {
			return refuse(model, response, form, id, e);
		}
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, Authentication user, RedirectAttributes redirect) {
		return Moves.run("/suggestions/" + id, redirect, "suggestions.submitted",
				() -> submit.submit(new SuggestionId(id), version, SuggestionAccess.person(user), deadlines.today()));
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam int version, Authentication user, RedirectAttributes redirect) {
		return Moves.run("/suggestions/" + id, redirect, "suggestions.withdrawn",
				() -> withdraw.withdraw(new SuggestionId(id), version, SuggestionAccess.person(user), deadlines.today()));
	}

	@PostMapping("/{id}/rate")
	String rate(@PathVariable long id, @RequestParam int version, @RequestParam Rating rating,
			@RequestParam(required = false) String comment, Authentication user, RedirectAttributes redirect) {
		return Moves.run("/suggestions/" + id, redirect, "suggestions.rated", () -> rate.rate(new SuggestionId(id), version,
				SuggestionAccess.person(user), rating, comment, deadlines.today()));
	}

	@PostMapping("/{id}/co-signer-view")
	String coSignerView(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			Authentication user, RedirectAttributes redirect) {
		return Moves.run("/suggestions/" + id, redirect, "suggestions.coSignerViewAdded", () -> coSignerView.add(new SuggestionId(id),
				version, SuggestionAccess.person(user), text, deadlines.today()));
	}

	private static String notEditable(Suggestion s, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errorKey", "suggestions.error.notEditable");
		redirect.addFlashAttribute("errorArgs", new Object[] { s.number() });
		return "redirect:/suggestions/" + s.id();
	}

	private Suggestion own(long id, Authentication user) {
		Suggestion s = suggestions.get(new SuggestionId(id)).orElseThrow(Moves::notFound);
		PersonId me = SuggestionAccess.person(user);
		if (!s.leadDeputy().equals(me)) {
			throw Moves.notFound();
		}
		return s;
	}

	private void attach(SuggestionId id, MultipartFile attachment) throws IOException {
		if (attachment != null && !attachment.isEmpty()) {
			files.store(id, SuggestionFiles.Kind.ATTACHMENT, null,
					new LetterFile(attachment.getOriginalFilename(), attachment.getContentType(), attachment.getBytes()));
		}
	}

	private String refuse(Model model, HttpServletResponse response, DraftForm form, Long id, DomainException e) {
		response.setStatus(422);
		model.addAttribute("errorKey", e.messageKey());
		model.addAttribute("errorArgs", e.args());
		return form(model, form, id);
	}

	private String form(Model model, DraftForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("suggestionId", id);
		model.addAttribute("categories", settings.categories());
		return FORM;
	}
}
