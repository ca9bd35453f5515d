package org.lvzhi.meetings.sittings;

import java.util.HashMap;
import java.util.Map;

import org.lvzhi.meetings.SittingId;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office writes and publishes a sitting's communiqué and attaches adopted texts; the public reads them. */
@Controller
class CommuniquePages {

	private final Communiques communiques;
	private final SittingReads reads;

	CommuniquePages(Communiques communiques, SittingReads reads) {
		this.communiques = communiques;
		this.reads = reads;
	}

	@PostMapping("/meetings/{id:\\d+}/communique")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String save(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) Integer number, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		Map<String, Object> typed = new HashMap<>();
		typed.put("communiqueNumber", number);
		typed.put("communiqueText", text);
		return Moves.run("/meetings/" + id + "#communique", redirect, "meetings.communique.saved", typed,
				() -> communiques.save(new SittingId(id), version, number, text));
	}

	@PostMapping("/meetings/{id:\\d+}/communique/publish")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String publish(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id + "#communique", redirect, "meetings.communique.publishedNow",
				() -> communiques.publish(new SittingId(id), version));
	}

	@PostMapping("/meetings/{id:\\d+}/agenda/{item:\\d+}/adopted-text")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String attach(@PathVariable long id, @PathVariable long item, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		Map<String, Object> typed = new HashMap<>();
		typed.put("adoptedText" + item, text);
		return Moves.run("/meetings/" + id + "#adopted-texts", redirect, "meetings.adoptedText.saved", typed, () -> {
			SittingReads.ItemView i = reads.item(item).filter(v -> v.sittingId() == id)
				.orElseThrow(() -> new org.lvzhi.meetings.MeetingsException("meetings.error.notFound", item));
			communiques.attachText(i.id(), version, text);
		});
	}

	@GetMapping("/public/meetings/communiques")
	String published(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", communiques.publishedPage(Page.number(page), Page.DEFAULT_SIZE));
		return "meetings/public-communiques";
	}
}
