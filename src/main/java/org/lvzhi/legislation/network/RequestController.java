package org.lvzhi.legislation.network;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.legislation.AnswerOpinionRequest;
import org.lvzhi.legislation.ContactPointId;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.OpinionRequestId;
import org.lvzhi.legislation.PoolMemberId;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.SendOpinionRequest;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.internal.LegislationPages;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.process.ProcessStore;
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
 * Requests for opinion (征求意见函), for office staff: the list with each request's state (sent,
 * answered, overdue) and filters, sending one about a draft, and recording the answers.
 */
@Controller
@PreAuthorize("hasRole('STAFF')")
class RequestController {

	/** A request as the list shows it, in its state on the day. */
	record RequestRow(OpinionRequest request, OpinionRequestState state, String addressedTo) {
	}

	private final RequestStore store;
	private final ProcessStore process;
	private final DraftStore drafts;
	private final SendOpinionRequest send;
	private final AnswerOpinionRequest answer;

	RequestController(RequestStore store, ProcessStore process, DraftStore drafts, SendOpinionRequest send,
			AnswerOpinionRequest answer) {
		this.store = store;
		this.process = process;
		this.drafts = drafts;
		this.send = send;
		this.answer = answer;
	}

	@GetMapping("/legislation/requests")
	String list(@RequestParam(required = false) OpinionRequestState state, @RequestParam(required = false) Long project,
			@RequestParam(required = false) Long draft, @RequestParam(required = false) Integer page, Model model) {
		LocalDate today = LocalDate.now(LegislationYears.CHINA);
		int number = Page.number(page);
		DraftVersion version = draft == null ? null : drafts.version(new DraftId(draft)).orElseThrow(Moves::notFound);
		Page<OpinionRequest> found = store.page(state, project == null ? null : new ProjectId(project),
				version == null ? null : version.id(), today, number, LegislationPages.PAGE_SIZE);
		model.addAttribute("page", new Page<>(found.items().stream()
			.map(r -> new RequestRow(r, r.state(today), r.addressedTo())).toList(), number, LegislationPages.PAGE_SIZE,
				found.total()));
		model.addAttribute("state", state);
		model.addAttribute("project", project);
		model.addAttribute("draft", version);
		model.addAttribute("states", OpinionRequestState.values());
		model.addAttribute("projects", drafts.projects(1, Page.MAX_SIZE).items());
		model.addAttribute("today", today);
		if (version != null) {
			model.addAttribute("points", process.contactPoints().stream()
				.filter(p -> p.activeTo() == null || !p.activeTo().isBefore(today)).toList());
			model.addAttribute("pool", process.poolMembers().stream().filter(m -> m.status() == PoolStatus.ACTIVE).toList());
			model.addAttribute("workingDays", send.defaultWorkingDays());
			model.addAttribute("maxWorkingDays", send.maxWorkingDays());
		}
		return "legislation/process/requests";
	}

	@PostMapping("/legislation/drafts/{id:\\d+}/requests")
	String send(@PathVariable long id, @RequestParam(required = false) Long contactPoint,
			@RequestParam(required = false) List<Long> members, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String note, @RequestParam(required = false) LocalDate sentOn,
			@RequestParam(required = false) Integer workingDays, Authentication user, RedirectAttributes redirect) {
		try {
			OpinionRequestId request = send.send(new DraftId(id), contactPoint == null ? null : new ContactPointId(contactPoint),
					members == null ? List.of() : members.stream().filter(java.util.Objects::nonNull).map(PoolMemberId::new).toList(), subject, note, sentOn,
					workingDays == null ? 0 : workingDays, accountId(user));
			redirect.addFlashAttribute("successKey", "process.request.sent");
			return "redirect:/legislation/requests/" + request;
		}
		catch (LegislationException e) {
			fail(redirect, e);
			return "redirect:/legislation/requests?draft=" + id;
		}
	}

	@GetMapping("/legislation/requests/{id:\\d+}")
	String request(@PathVariable long id, Model model) {
		OpinionRequest request = store.find(new OpinionRequestId(id)).orElseThrow(Moves::notFound);
		LocalDate today = LocalDate.now(LegislationYears.CHINA);
		model.addAttribute("request", request);
		model.addAttribute("requestState", request.state(today));
		model.addAttribute("addressedTo", request.addressedTo());
		model.addAttribute("answers", process.comments(request.draft()).stream()
			.filter(c -> request.id().equals(c.request())).toList());
		model.addAttribute("articleSeqs", LegislationPages.articleSeqs(drafts.text(request.draft())));
		model.addAttribute("today", today);
		return "legislation/process/request";
	}

	@PostMapping("/legislation/requests/{id:\\d+}/answers")
	String answer(@PathVariable long id, @RequestParam(required = false) Integer article,
			@RequestParam(required = false) String body, @RequestParam(required = false) String author,
			@RequestParam(required = false) LocalDate receivedOn, Authentication user, RedirectAttributes redirect) {
		store.find(new OpinionRequestId(id)).orElseThrow(Moves::notFound);
		try {
			answer.answer(new OpinionRequestId(id), article, body, author, receivedOn, accountId(user));
			redirect.addFlashAttribute("successKey", "process.request.answerSaved");
		}
		catch (LegislationException e) {
			fail(redirect, e);
			redirect.addFlashAttribute("body", body);
		}
		return "redirect:/legislation/requests/" + id;
	}

	private static void fail(RedirectAttributes redirect, LegislationException e) {
		redirect.addFlashAttribute("errorKey", e.messageKey());
		redirect.addFlashAttribute("errorArgs", e.args());
	}

	private static Long accountId(Authentication user) {
		SignedInUser signedIn = SignedInUser.of(user);
		return signedIn == null ? null : signedIn.accountId();
	}
}
