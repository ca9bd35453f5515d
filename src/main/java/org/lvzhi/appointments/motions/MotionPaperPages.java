package org.lvzhi.appointments.motions;

import java.util.List;

import org.lvzhi.platform.Moves;
import org.lvzhi.platform.StoredFile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office attaches a motion's papers; whoever reads the motion downloads them. */
@Controller
class MotionPaperPages {

	private final MotionPapers papers;

	MotionPaperPages(MotionPapers papers) {
		this.papers = papers;
	}

	@PostMapping("/appointments/motions/{id:\\d+}/papers")
	@PreAuthorize("@appointmentsAccess.isOffice(authentication)")
	String attach(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			RedirectAttributes redirect) {
		return Moves.run("/appointments/motions/" + id + "#papers", redirect, "appointments.papers.attached",
				() -> papers.attach(id, files));
	}

	@GetMapping("/appointments/motions/{id:\\d+}/papers/{file:\\d+}")
	@PreAuthorize("@appointmentsAccess.isReader(authentication)")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long file) {
		return papers.content(id, file).map(f -> StoredFile.response(f.fileName(), f.content()))
			.orElseThrow(Moves::notFound);
	}
}
