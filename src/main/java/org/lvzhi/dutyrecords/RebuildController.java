package org.lvzhi.dutyrecords;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office rebuilds the duty records from the source records, then sees the list again. */
@Controller
@RequestMapping("/duty")
@PreAuthorize("@dutyAccess.isOffice(authentication)")
class RebuildController {

	private final RebuildDutyRecords rebuild;

	RebuildController(RebuildDutyRecords rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping("/rebuild")
	String rebuild(RedirectAttributes redirect) {
		Map<DutyKind, Long> lines = rebuild.rebuild();
		long total = lines.values().stream().mapToLong(Long::longValue).sum();
		redirect.addFlashAttribute("successKey", "dutyrecords.rebuild.done");
		redirect.addFlashAttribute("successArgs", new Object[] { total });
		return "redirect:/duty";
	}
}
