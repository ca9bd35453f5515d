package org.lvzhi.meetings.sittings;

import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.PersonalDataView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's list of who registered to listen (旁听) with their whole name and phone, every view
 * logged; the sitting's page shows them masked. The office marks who came.
 */
@Controller
class ListenerPages {

	private final Listeners listeners;
	private final SittingReads reads;

	ListenerPages(Listeners listeners, SittingReads reads) {
		this.listeners = listeners;
		this.reads = reads;
	}

	@GetMapping("/meetings/{id:\\d+}/listeners")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	@PersonalDataView("SittingListeners")
	String list(@PathVariable long id, Model model) {
		SittingView s = reads.get(new SittingId(id)).orElseThrow(Moves::notFound);
		model.addAttribute("s", s);
		model.addAttribute("listeners", listeners.whole(s.sittingId()));
		return "meetings/listeners";
	}

	@PostMapping("/meetings/{id:\\d+}/listeners/{listener}/came")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String came(@PathVariable long id, @PathVariable long listener, @RequestParam(required = false) Integer version,
			@RequestParam(defaultValue = "false") boolean came, RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id + "#listeners", redirect, "meetings.listener.saved",
				() -> listeners.came(new SittingId(id), listener, version, came));
	}
}
