package org.lvzhi.oversight.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.petitions.Petitions;
import org.lvzhi.platform.WordDocuments;
import org.lvzhi.platform.AbuseControl;
import org.lvzhi.platform.AbuseControl.Outcome;
import org.lvzhi.platform.AnonymousForm;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Spreadsheet;
import org.lvzhi.platform.Moves;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** The office's list of candidate topics from every source: gather, enter petitions, accept / merge / decline. */
@Controller
@PreAuthorize("@oversightAccess.isStaff(authentication)")
class TopicPages {

	private final Topics topics;
	private final TopicCall call;
	private final Directory directory;
	private final Deadlines deadlines;
	private final PlanDocuments documents;
	private final Petitions petitions;

	TopicPages(Topics topics, TopicCall call, Directory directory, Deadlines deadlines, PlanDocuments documents,
			Petitions petitions) {
		this.petitions = petitions;
		this.topics = topics;
		this.call = call;
		this.directory = directory;
		this.deadlines = deadlines;
		this.documents = documents;
	}

	/** The candidate topics of the year shown on the list, as a spreadsheet. */
	@GetMapping("/oversight/topics/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, Locale locale) {
		int y = year == null ? deadlines.today().getYear() + 1 : year;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					WordDocuments.attachment(documents.m("oversight.topics.fileName", Locale.SIMPLIFIED_CHINESE, y)))
			.contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE)).body(documents.topics(y, locale));
	}

	@GetMapping("/oversight/topics")
	@org.lvzhi.platform.PersonalDataView("TopicProposals")
	String list(@RequestParam(required = false) Integer year, Model model, Authentication reader) {
		int y = year == null ? deadlines.today().getYear() + 1 : year;
		model.addAttribute("year", y);
		List<Topics.Topic> all = topics.of(y);
		model.addAttribute("topics", all);
		Map<Long, List<Topics.Link>> links = new HashMap<>();
		boolean opensPetitions = petitions.mayOpen(reader);
		// A petition's page opens for the petitions office only; the others read its number and subject.
		all.forEach(t -> links.put(t.id(), topics.links(t.id()).stream()
			.map(l -> "PETITION".equals(l.kind()) && !opensPetitions ? new Topics.Link(l.kind(), l.refId(), l.label(), null) : l)
			.toList()));
		model.addAttribute("links", links);
		model.addAttribute("targets", all.stream()
			.filter(t -> t.state() == Topics.State.RECEIVED || t.state() == Topics.State.ADOPTED).toList());
		model.addAttribute("kinds", PlanItemKind.values());
		model.addAttribute("organs", PlanPages.organs(directory));
		return "oversight/topics/list";
	}

	@PostMapping("/oversight/topics/gather")
	String gather(@RequestParam int year, @RequestParam String from, RedirectAttributes redirect) {
		return Moves.run("/oversight/topics?year=" + year, redirect, "oversight.topic.gathered", () -> {
			int added = "SUGGESTIONS".equals(from) ? call.fromSuggestions(year, deadlines.today())
					: call.fromInspections(year, deadlines.today());
			redirect.addFlashAttribute("successArgs", new Object[] { added });
		});
	}

	@PostMapping("/oversight/topics/petitions")
	String petition(@RequestParam int year, @RequestParam(required = false) String title,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String reference,
			RedirectAttributes redirect) {
		return Moves.run("/oversight/topics?year=" + year, redirect, "oversight.topic.petitionSaved",
				() -> call.fromPetition(year, title, reason, reference, deadlines.today()));
	}

	@PostMapping("/oversight/topics/{id}/adopt")
	String adopt(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) PlanItemKind kind,
			@RequestParam(required = false) Long organ, @RequestParam(required = false) String answer,
			@RequestParam int year, RedirectAttributes redirect) {
		return Moves.run("/oversight/topics?year=" + year, redirect, "oversight.topic.adopted",
				() -> call.accept(id, version, kind == null ? PlanItemKind.WORK_REPORT : kind,
						organ == null ? null : new OrganizationId(organ), null, answer, deadlines.today()));
	}

	@PostMapping("/oversight/topics/{id}/merge")
	String merge(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long into,
			@RequestParam(required = false) String answer, @RequestParam int year, RedirectAttributes redirect) {
		return Moves.run("/oversight/topics?year=" + year, redirect, "oversight.topic.merged", () -> {
			if (into == null) {
				throw new OversightException("oversight.error.mergeTarget");
			}
			call.merge(id, version, into, answer, deadlines.today());
		});
	}

	@PostMapping("/oversight/topics/{id}/decline")
	String decline(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String answer,
			@RequestParam int year, RedirectAttributes redirect) {
		return Moves.run("/oversight/topics?year=" + year, redirect, "oversight.topic.setAside",
				() -> call.decline(id, version, answer, deadlines.today()));
	}

	/**
	 * The public call: propose a topic for next year's plan; see the topics adopted so far. The form
	 * is guarded by the platform's abuse controls: the receipt is shown after a redirect, and the
	 * same form sent twice files one proposal.
	 */
	@Controller
	@PreAuthorize("permitAll()")
	static class PublicTopicCall {

		private final Topics topics;
		private final TopicCall call;
		private final Deadlines deadlines;
		private final AbuseControl abuse;
		private final AnonymousForm form;

		PublicTopicCall(Topics topics, TopicCall call, Deadlines deadlines, AbuseControl abuse, TopicCallSettings settings) {
			this.topics = topics;
			this.call = call;
			this.deadlines = deadlines;
			this.abuse = abuse;
			this.form = new AnonymousForm("oversight.topic", settings.proposalsPerHour());
		}

		/**
		 * The call for next year's topics, with the topics of that year adopted and answered so far,
		 * or of another plan year ({@code year}, where a search hit sends a visitor).
		 */
		@GetMapping("/public/oversight-topics")
		String form(@RequestParam(required = false) Integer year, Model model) {
			int called = deadlines.today().getYear() + 1;
			int listed = year == null || year < 1949 || year > 2200 ? called : year;
			model.addAttribute("year", called);
			model.addAttribute("listYear", listed);
			model.addAttribute("adopted", topics.adopted(listed));
			model.addAttribute("answered", topics.answered(listed));
			model.addAttribute("guard", abuse.guard(form));
			return "oversight/topics/public";
		}

		@PostMapping("/public/oversight-topics")
		String propose(@RequestParam(required = false) String title, @RequestParam(required = false) String reason,
				@RequestParam(required = false) String proposer, HttpServletRequest request, Model model,
				RedirectAttributes redirect) {
			LocalDate today = deadlines.today();
			try {
				return abuse.submit(form, String.valueOf(today.getYear() + 1), request, redirect, () -> {
					TopicCall.Proposed p = call.propose(today.getYear() + 1, title, reason, proposer, today);
					return Outcome.redirectTo("/public/oversight-topics").with("number", p.number())
						.with("trackingCode", p.trackingCode()).with("received", true).tracked(p.trackingCode());
				});
			}
			catch (DomainException e) {
				model.addAttribute("errorKey", e.messageKey());
				model.addAttribute("errorArgs", e.args());
				model.addAttribute("topicTitle", title);
				model.addAttribute("reason", reason);
				model.addAttribute("proposer", proposer);
			}
			return form(null, model);
		}
	}
}
