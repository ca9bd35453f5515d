package org.lvzhi.legislation.comments;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.CommentSource;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.LegislationSettings;
import org.lvzhi.legislation.SubmitComment;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.internal.LegislationPages;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.library.LawPage;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.legislation.text.LawText;
import org.lvzhi.platform.AbuseControl;
import org.lvzhi.platform.AbuseControl.Outcome;
import org.lvzhi.platform.AnonymousForm;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Moves;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Drafts opened for public comment, for everyone without signing in: read the draft, comment on
 * the whole or on one article, and later see how the comments were dealt with. Hidden comments,
 * names of no one and contacts never appear here. The form is guarded by the platform's abuse
 * controls: one client may send {@code lvzhi.legislation.comments-per-hour} comments an hour on
 * each draft.
 */
@Controller
@RequestMapping("/public/drafts")
@PreAuthorize("permitAll()")
class PublicCommentController {

	private final ProcessStore store;
	private final DraftStore drafts;
	private final SubmitComment submitComment;
	private final AbuseControl abuse;
	private final AnonymousForm form;

	PublicCommentController(ProcessStore store, DraftStore drafts, SubmitComment submitComment, AbuseControl abuse,
			LegislationSettings settings) {
		this.store = store;
		this.drafts = drafts;
		this.submitComment = submitComment;
		this.abuse = abuse;
		this.form = new AnonymousForm("legislation.comment", settings.commentsPerHour());
	}

	@GetMapping
	String list(Model model) {
		List<DraftVersion> versions = store.draftsOpenedForComment()
			.stream()
			.map(id -> drafts.version(new DraftId(id)).orElseThrow())
			.toList();
		model.addAttribute("versions", versions);
		model.addAttribute("windows", versions.stream().map(v -> store.window(v.id()).orElseThrow()).toList());
		model.addAttribute("today", LocalDate.now(LegislationYears.CHINA));
		return "legislation/process/public-list";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		DraftVersion draft = drafts.version(new DraftId(id)).orElseThrow(Moves::notFound);
		ProcessStore.Window window = store.window(draft.id()).orElseThrow(Moves::notFound);
		LawText text = drafts.text(draft.id());
		model.addAttribute("version", draft);
		model.addAttribute("window", window);
		model.addAttribute("open", window.contains(LocalDate.now(LegislationYears.CHINA)));
		model.addAttribute("layout", LawPage.of(text));
		model.addAttribute("articles", LegislationPages.articleSeqs(text));
		model.addAttribute("guard", abuse.guard(form));
		return "legislation/process/public-draft";
	}

	@PostMapping("/{id:\\d+}/comments")
	String comment(@PathVariable long id, @RequestParam(required = false) Integer article,
			@RequestParam(required = false) String body, @RequestParam(required = false) String name,
			@RequestParam(required = false) String contact, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			return abuse.submit(form, String.valueOf(id), request, redirect, () -> {
				String code = store.trackingCode(submitComment.submit(new DraftId(id), article, body, name, contact));
				return Outcome.redirectTo("/public/drafts/" + id).with("successKey", "process.comment.thanks")
					.with("trackingCode", code).tracked(code);
			});
		}
		catch (DomainException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			model.addAttribute("body", body);
			model.addAttribute("name", name);
			model.addAttribute("contact", contact);
			model.addAttribute("article", article);
			return show(id, model);
		}
	}

	@GetMapping("/{id:\\d+}/feedback")
	String feedback(@PathVariable long id, Model model) {
		DraftVersion draft = drafts.version(new DraftId(id)).orElseThrow(Moves::notFound);
		store.window(draft.id()).orElseThrow(Moves::notFound);
		model.addAttribute("version", draft);
		model.addAttribute("comments", store.comments(draft.id())
			.stream()
			.filter(c -> !c.hidden())
			.map(c -> new PublicComment(c.articleLabel(), c.body(), c.source(), c.decision(), c.decisionReason()))
			.toList());
		return "legislation/process/public-feedback";
	}

	/** What the public sees of a comment: no name, no contact. */
	record PublicComment(String articleLabel, String body, CommentSource source, CommentDecision decision, String reason) {
	}
}
