package org.lvzhi.meetings.sittings;

import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.platform.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public's page of standing committee sittings: those planned with their date, and those held
 * with their agenda, decisions and vote totals. Never who attended or who voted how.
 */
@Controller
class PublicSittingPages {

	private final SittingReads reads;

	PublicSittingPages(SittingReads reads) {
		this.reads = reads;
	}

	@GetMapping("/public/meetings")
	String list(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", reads.find(SittingKind.STANDING_COMMITTEE, null, null, Page.number(page), Page.DEFAULT_SIZE));
		return "meetings/public-list";
	}

	@GetMapping("/public/meetings/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		SittingView s = reads.get(new SittingId(id)).filter(v -> v.kind() == SittingKind.STANDING_COMMITTEE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("s", s);
		boolean held = s.state() == SittingState.HELD || s.state() == SittingState.CLOSED;
		model.addAttribute("held", held);
		model.addAttribute("items", reads.agenda(s.sittingId()));
		return "meetings/public-detail";
	}
}
