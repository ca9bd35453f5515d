package org.lvzhi.oversight.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.OversightMoves;
import org.lvzhi.platform.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's list of proposed topics with adopt / set aside. */
@Controller
@PreAuthorize("@oversightAccess.isStaff(authentication)")
class TopicPages {

	private final Topics topics;
	private final TopicCall call;
	private final Directory directory;
	private final Deadlines deadlines;

	TopicPages(Topics topics, TopicCall call, Directory directory, Deadlines deadlines) {
		this.topics = topics;
		this.call = call;
		this.directory = directory;
		this.deadlines = deadlines;
	}

	@GetMapping("/oversight/topics")
	String list(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? deadlines.today().getYear() + 1 : year;
		model.addAttribute("year", y);
		model.addAttribute("topics", topics.of(y));
		List<OrganizationView> organs = new ArrayList<>();
		for (Classification c : List.of(Classification.GOVERNMENT, Classification.SUPERVISORY_COMMISSION,
				Classification.COURT, Classification.PROCURATORATE, Classification.GOVERNMENT_DEPARTMENT)) {
			organs.addAll(directory.findOrganizations(new OrganizationQuery(null, c, null, null), 1, 200).items());
		}
		model.addAttribute("organs", organs);
		return "oversight/topics/list";
	}

	@PostMapping("/oversight/topics/{id}/adopt")
	String adopt(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long organ,
			@RequestParam int year, RedirectAttributes redirect) {
		return OversightMoves.run("/oversight/topics?year=" + year, redirect, "oversight.topic.adopted", () -> {
			if (organ == null) {
				throw new OversightException("oversight.error.organRequired");
			}
			call.adopt(id, version, new OrganizationId(organ), null, deadlines.today());
		});
	}

	@PostMapping("/oversight/topics/{id}/set-aside")
	String setAside(@PathVariable long id, @RequestParam int version, @RequestParam int year,
			RedirectAttributes redirect) {
		return OversightMoves.run("/oversight/topics?year=" + year, redirect, "oversight.topic.setAside",
				() -> call.setAside(id, version));
	}

	/** The public call: propose a topic for next year's plan; see the topics adopted so far. */
	@Controller
	@PreAuthorize("permitAll()")
	static class PublicTopicCall {

		private final Topics topics;
		private final TopicCall call;
		private final Deadlines deadlines;

		PublicTopicCall(Topics topics, TopicCall call, Deadlines deadlines) {
			this.topics = topics;
			this.call = call;
			this.deadlines = deadlines;
		}

		@GetMapping("/public/oversight-topics")
		String form(Model model) {
			int year = deadlines.today().getYear() + 1;
			model.addAttribute("year", year);
			model.addAttribute("adopted", topics.adopted(year));
			return "oversight/topics/public";
		}

		@PostMapping("/public/oversight-topics")
		String propose(@RequestParam(required = false) String title, @RequestParam(required = false) String reason,
				@RequestParam(required = false) String proposer, Model model) {
			LocalDate today = deadlines.today();
			try {
				call.propose(today.getYear() + 1, title, reason, proposer, today);
				model.addAttribute("received", true);
			}
			catch (DomainException e) {
				model.addAttribute("errorKey", e.messageKey());
				model.addAttribute("errorArgs", e.args());
				model.addAttribute("topicTitle", title);
				model.addAttribute("reason", reason);
				model.addAttribute("proposer", proposer);
			}
			return form(model);
		}
	}
}
