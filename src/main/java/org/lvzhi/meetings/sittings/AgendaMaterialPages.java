package org.lvzhi.meetings.sittings;

import java.util.List;

import org.lvzhi.meetings.SittingId;
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

/** The office attaches an agenda item's materials; whoever reads the sitting downloads them. */
@Controller
class AgendaMaterialPages {

	private final AgendaMaterials materials;

	AgendaMaterialPages(AgendaMaterials materials) {
		this.materials = materials;
	}

	@PostMapping("/meetings/{id:\\d+}/agenda/{item:\\d+}/materials")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String attach(@PathVariable long id, @PathVariable long item,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id + "#item-" + item, redirect, "meetings.materials.attached",
				() -> materials.attach(new SittingId(id), item, files));
	}

	@GetMapping("/meetings/{id:\\d+}/agenda/{item:\\d+}/materials/{file:\\d+}")
	@PreAuthorize("@meetingsAccess.isReader(authentication)")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long item, @PathVariable long file) {
		return materials.content(new SittingId(id), item, file).map(f -> StoredFile.response(f.fileName(), f.content()))
			.orElseThrow(Moves::notFound);
	}
}
