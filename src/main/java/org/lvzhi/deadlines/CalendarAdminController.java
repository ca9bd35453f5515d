package org.lvzhi.deadlines;

import java.io.IOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator uploads next year's schedule as soon as the State Council publishes it, and sees
 * where each year's schedule came from.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminController {

	static final String VIEW = "deadlines/admin";
	static final String REDIRECT = "redirect:/admin/calendar";

	private final CalendarStore store;
	private final UploadCalendar upload;

	CalendarAdminController(CalendarStore store, UploadCalendar upload) {
		this.store = store;
		this.upload = upload;
	}

	@GetMapping
	String sources(Model model) {
		model.addAttribute("sources", store.sources());
		return VIEW;
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, Authentication user,
			RedirectAttributes redirect) throws IOException {
		try {
			byte[] content = file == null ? new byte[0] : file.getBytes();
			var counts = upload.upload(file == null ? null : file.getOriginalFilename(), content, user.getName());
			redirect.addFlashAttribute("successKey", "deadlines.upload.saved");
			redirect.addFlashAttribute("successArgs", new Object[] { counts.size() });
			redirect.addFlashAttribute("uploaded", counts);
		}
		catch (DeadlineException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return REDIRECT;
	}
}
