package org.lvzhi.legislation.process;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.CommentSource;
import org.lvzhi.legislation.ContactPointId;
import org.lvzhi.legislation.DecideComment;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.MoveProject;
import org.lvzhi.legislation.OpenForComment;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;
import org.lvzhi.legislation.RecordOfflineComment;
import org.lvzhi.legislation.RecordVote;
import org.lvzhi.legislation.comments.Comment;
import org.lvzhi.legislation.comments.CommentDocuments;
import org.lvzhi.legislation.comments.CommentGroups;
import org.lvzhi.legislation.comments.EarlierComments;
import org.lvzhi.legislation.comments.ModerateComment;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.internal.LegislationAccess;
import org.lvzhi.legislation.internal.LegislationPages;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.platform.Moves;
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
 * The readings workflow and the comments on drafts, for office staff: move a project, record the
 * vote, open a draft for comment, enter offline comments, hide abusive ones, decide on each, and
 * take the adoption report and the comment list away as files.
 */
@Controller
@PreAuthorize("hasRole('STAFF')")
class ProcessController {

	private final ProcessStore store;
	private final DraftStore drafts;
	private final MoveProject moveProject;
	private final RecordVote recordVote;
	private final OpenForComment openForComment;
	private final RecordOfflineComment recordOfflineComment;
	private final ModerateComment moderateComment;
	private final DecideComment decideComment;
	private final CommentDocuments documents;
	private final EarlierComments earlierComments;
	private final LegislationAccess access;
	private final CommentGroups groups;

	ProcessController(ProcessStore store, DraftStore drafts, MoveProject moveProject, RecordVote recordVote,
			OpenForComment openForComment, RecordOfflineComment recordOfflineComment, ModerateComment moderateComment,
			DecideComment decideComment, CommentDocuments documents, EarlierComments earlierComments,
			LegislationAccess access, CommentGroups groups) {
		this.groups = groups;
		this.access = access;
		this.earlierComments = earlierComments;
		this.store = store;
		this.drafts = drafts;
		this.moveProject = moveProject;
		this.recordVote = recordVote;
		this.openForComment = openForComment;
		this.recordOfflineComment = recordOfflineComment;
		this.moderateComment = moderateComment;
		this.decideComment = decideComment;
		this.documents = documents;
	}

	@PostMapping("/legislation/projects/{id:\\d+}/move")
	String move(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) ProjectStatus to,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String note,
			Authentication user, RedirectAttributes redirect) {
		try {
			moveProject.move(new ProjectId(id), version, to, on, note, accountId(user));
			redirect.addFlashAttribute("successKey", "process.move.done");
		}
		catch (LegislationException e) {
			fail(redirect, e);
		}
		return "redirect:/legislation/projects/" + id;
	}

	@PostMapping("/legislation/projects/{id:\\d+}/vote")
	@PreAuthorize("@legislationAccess.isLegislativeOffice(authentication)")
	String vote(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) LocalDate on,
			@RequestParam(required = false) Integer votesFor, @RequestParam(required = false) Integer votesAgainst,
			@RequestParam(required = false) Integer votesAbstain, @RequestParam(required = false) Integer members,
			Authentication user, RedirectAttributes redirect) {
		try {
			boolean passed = recordVote.record(new ProjectId(id), version, on, n(votesFor), n(votesAgainst), n(votesAbstain),
					members == null ? 0 : members, accountId(user));
			redirect.addFlashAttribute("successKey", passed ? "process.vote.passed" : "process.vote.failed");
		}
		catch (LegislationException e) {
			fail(redirect, e);
		}
		return "redirect:/legislation/projects/" + id;
	}

	@GetMapping("/legislation/drafts/{id:\\d+}/comments")
	@org.lvzhi.platform.PersonalDataView("DraftComments")
	String comments(@PathVariable long id, Authentication user, Model model) {
		model.addAttribute("contactsShown", access.isLegislativeOffice(user));
		DraftVersion draft = drafts.version(new DraftId(id)).orElseThrow(Moves::notFound);
		model.addAttribute("version", draft);
		model.addAttribute("project", drafts.project(draft.project()).orElseThrow(Moves::notFound));
		model.addAttribute("window", store.window(draft.id()).orElse(null));
		model.addAttribute("comments", store.comments(draft.id()));
		java.util.Map<Long, ProcessStore.DecisionRow> decided = new java.util.HashMap<>();
		store.decisionsFor(draft.id()).forEach(d -> decided.put(d.comment().value(), d));
		model.addAttribute("decided", decided);
		model.addAttribute("earlier", earlierComments.of(draft));
		model.addAttribute("articles", drafts.text(draft.id()).units().stream().filter(u -> u.isArticle()).toList());
		model.addAttribute("articleSeqs", LegislationPages.articleSeqs(drafts.text(draft.id())));
		model.addAttribute("minDays", openForComment.minDays());
		model.addAttribute("sources", java.util.Arrays.stream(CommentSource.values())
			.filter(s -> s != CommentSource.ONLINE && s != CommentSource.LIAISON_STATION).toList());
		model.addAttribute("decisions", CommentDecision.values());
		model.addAttribute("points", store.contactPoints());
		model.addAttribute("today", LocalDate.now(LegislationYears.CHINA));
		return "legislation/process/comments";
	}

	/**
	 * The same point made many times among the comments on a draft, loaded after the page: each
	 * comment is compared with the others through the index, which takes a moment on a long list.
	 */
	@GetMapping("/legislation/drafts/{id:\\d+}/comment-groups")
	String commentGroups(@PathVariable long id, Model model) {
		DraftVersion draft = drafts.version(new DraftId(id)).orElseThrow(Moves::notFound);
		model.addAttribute("version", draft);
		model.addAttribute("groups", groups.ofDraft(draft.id()));
		model.addAttribute("decisions", CommentDecision.values());
		return "legislation/process/comment-groups :: groups";
	}

	/** One decision for every comment of a group, each comment decided and audited on its own. */
	@PostMapping("/legislation/drafts/{id:\\d+}/comment-groups/decide")
	String decideGroup(@PathVariable long id, @RequestParam(name = "comment", required = false) java.util.List<Long> comments,
			@RequestParam(name = "version", required = false) java.util.List<Integer> versions,
			@RequestParam(required = false) CommentDecision decision, @RequestParam(required = false) String reason,
			Authentication user, RedirectAttributes redirect) {
		drafts.version(new DraftId(id)).orElseThrow(Moves::notFound);
		java.util.List<CommentId> ids = comments == null ? java.util.List.of()
				: comments.stream().map(CommentId::new).toList();
		for (CommentId c : ids) {
			if (!store.comment(c).map(Comment::draft).orElseThrow(Moves::notFound).equals(new DraftId(id))) {
				throw Moves.notFound();
			}
		}
		try {
			int n = decideComment.decideGroup(ids, versions, decision, reason, accountId(user));
			redirect.addFlashAttribute("successKey", "process.group.decided");
			redirect.addFlashAttribute("successArgs", new Object[] { n });
		}
		catch (LegislationException e) {
			fail(redirect, e);
		}
		return "redirect:/legislation/drafts/" + id + "/comments#groups";
	}

	@PostMapping("/legislation/drafts/{id:\\d+}/window")
	String open(@PathVariable long id, @RequestParam(required = false) LocalDate opens,
			@RequestParam(required = false) LocalDate closes, Authentication user, RedirectAttributes redirect) {
		try {
			openForComment.open(new DraftId(id), opens, closes, accountId(user));
			redirect.addFlashAttribute("successKey", "process.comment.opened");
		}
		catch (LegislationException e) {
			fail(redirect, e);
		}
		return "redirect:/legislation/drafts/" + id + "/comments";
	}

	@PostMapping("/legislation/drafts/{id:\\d+}/comments")
	String offline(@PathVariable long id, @RequestParam(required = false) Integer article,
			@RequestParam(required = false) String body, @RequestParam(required = false) String author,
			@RequestParam(required = false) CommentSource source, @RequestParam(required = false) String detail,
			@RequestParam(required = false) LocalDate receivedOn, @RequestParam(required = false) Long contactPoint,
			Authentication user, RedirectAttributes redirect) {
		try {
			recordOfflineComment.record(new DraftId(id), article, body, author, source,
					contactPoint == null ? null : new ContactPointId(contactPoint), null, detail, receivedOn, accountId(user));
			redirect.addFlashAttribute("successKey", "process.comment.saved");
		}
		catch (LegislationException e) {
			fail(redirect, e);
			redirect.addFlashAttribute("body", body);
		}
		return "redirect:/legislation/drafts/" + id + "/comments";
	}

	@PostMapping("/legislation/comments/{id:\\d+}/hide")
	String hide(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			Authentication user, RedirectAttributes redirect) {
		return afterComment(id, redirect, () -> moderateComment.hide(new CommentId(id), version, reason, accountId(user)));
	}

	@PostMapping("/legislation/comments/{id:\\d+}/show")
	String show(@PathVariable long id, @RequestParam int version, Authentication user, RedirectAttributes redirect) {
		return afterComment(id, redirect, () -> moderateComment.show(new CommentId(id), version, accountId(user)));
	}

	@PostMapping("/legislation/comments/{id:\\d+}/decide")
	String decide(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) CommentDecision decision,
			@RequestParam(required = false) String reason, Authentication user, RedirectAttributes redirect) {
		return afterComment(id, redirect,
				() -> decideComment.decide(new CommentId(id), version, decision, reason, accountId(user)));
	}

	@PostMapping("/legislation/comments/{id:\\d+}/carry")
	String carry(@PathVariable long id, @RequestParam long draft, @RequestParam int version, Authentication user,
			RedirectAttributes redirect) {
		return afterEarlier(id, draft, redirect,
				() -> decideComment.carryForward(new CommentId(id), new DraftId(draft), version, accountId(user)));
	}

	@PostMapping("/legislation/drafts/{id:\\d+}/carry-all")
	String carryAll(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		drafts.version(new DraftId(id)).orElseThrow(Moves::notFound);
		int n = decideComment.carryAllForward(new DraftId(id), accountId(user));
		redirect.addFlashAttribute("successKey", "process.earlier.carriedAll");
		redirect.addFlashAttribute("successArgs", new Object[] { n });
		return "redirect:/legislation/drafts/" + id + "/comments#earlier";
	}

	@PostMapping("/legislation/comments/{id:\\d+}/decide-for")
	String decideFor(@PathVariable long id, @RequestParam long draft, @RequestParam int version,
			@RequestParam(required = false) CommentDecision decision, @RequestParam(required = false) String reason,
			Authentication user, RedirectAttributes redirect) {
		return afterEarlier(id, draft, redirect, () -> decideComment.decideFor(new CommentId(id), new DraftId(draft),
				version, decision, reason, accountId(user)));
	}

	private String afterEarlier(long id, long draft, RedirectAttributes redirect, Runnable action) {
		store.comment(new CommentId(id)).orElseThrow(Moves::notFound);
		drafts.version(new DraftId(draft)).orElseThrow(Moves::notFound);
		try {
			action.run();
			redirect.addFlashAttribute("successKey", "process.comment.saved");
		}
		catch (LegislationException e) {
			fail(redirect, e);
		}
		return "redirect:/legislation/drafts/" + draft + "/comments#e" + id;
	}

	@GetMapping("/legislation/drafts/{id:\\d+}/adoption.docx")
	void adoption(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		drafts.version(new DraftId(id)).orElseThrow(Moves::notFound);
		response.setContentType(CommentDocuments.DOCX);
		response.setHeader("Content-Disposition", "attachment; filename=\"adoption-" + id + ".docx\"");
		documents.adoptionReport(new DraftId(id), locale, response.getOutputStream());
	}

	@GetMapping("/legislation/drafts/{id:\\d+}/comments.xlsx")
	void export(@PathVariable long id, Authentication user, Locale locale, HttpServletResponse response)
			throws IOException {
		drafts.version(new DraftId(id)).orElseThrow(Moves::notFound);
		response.setContentType(org.lvzhi.platform.Spreadsheet.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"comments-" + id + ".xlsx\"");
		documents.spreadsheet(new DraftId(id), access.isLegislativeOffice(user), locale, response.getOutputStream());
	}

	private String afterComment(long id, RedirectAttributes redirect, Runnable action) {
		Comment comment = store.comment(new CommentId(id)).orElseThrow(Moves::notFound);
		try {
			action.run();
			redirect.addFlashAttribute("successKey", "process.comment.saved");
		}
		catch (LegislationException e) {
			fail(redirect, e);
		}
		return "redirect:/legislation/drafts/" + comment.draft() + "/comments#c" + id;
	}

	private static void fail(RedirectAttributes redirect, LegislationException e) {
		redirect.addFlashAttribute("errorKey", e.messageKey());
		redirect.addFlashAttribute("errorArgs", e.args());
	}

	private static int n(Integer value) {
		return value == null ? -1 : value;
	}

	private static Long accountId(Authentication user) {
		SignedInUser signedIn = SignedInUser.of(user);
		return signedIn == null ? null : signedIn.accountId();
	}
}
