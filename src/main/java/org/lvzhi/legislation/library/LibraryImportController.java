package org.lvzhi.legislation.library;

import java.nio.file.Path;

import org.lvzhi.legislation.ImportLaws;
import org.lvzhi.legislation.LawId;
import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.internal.LegislationAccess;
import org.lvzhi.legislation.internal.UploadedText;
import org.lvzhi.platform.Roles;
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
 * Staff add texts to the library from an upload (.md, .txt or .docx); the administrator imports
 * a whole folder of the server, such as the shared corpus, which reads the server's disk. Only the
 * legislative office publishes to the public library ({@link LegislationAccess}).
 */
@Controller
@RequestMapping("/legislation/library/import")
@PreAuthorize("@legislationAccess.isLegislativeOffice(authentication)")
class LibraryImportController {

	private final ImportLaws importLaws;
	private final LawStore store;

	LibraryImportController(ImportLaws importLaws, LawStore store) {
		this.importLaws = importLaws;
		this.store = store;
	}

	@GetMapping
	String form(Authentication user, Model model) {
		model.addAttribute("admin", Roles.has(user, Roles.ADMIN));
		model.addAttribute("categories", store.categories());
		model.addAttribute("regions", store.regions());
		return "legislation/library/import";
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String title,
			@RequestParam(required = false) String category, @RequestParam(required = false) String region,
			Authentication user, Model model, RedirectAttributes redirect) {
		try {
			String text = UploadedText.read(file);
			LawId id = importLaws.importUpload(file.getOriginalFilename(), text, title, category, region);
			redirect.addFlashAttribute("successKey", "legislation.import.done");
			redirect.addFlashAttribute("successArgs", new Object[] { file.getOriginalFilename() });
			return "redirect:/public/laws/" + id;
		}
		catch (LegislationException e) {
			return refused(e, user, model);
		}
	}

	private String refused(LegislationException e, Authentication user, Model model) {
		model.addAttribute("errorKey", e.messageKey());
		model.addAttribute("errorArgs", e.args());
		return form(user, model);
	}

	@PostMapping("/folder")
	@PreAuthorize("hasRole('ADMIN')")
	String folder(@RequestParam String path, Authentication user, Model model, RedirectAttributes redirect) {
		ImportLaws.Result result;
		if (path.isBlank()) {
			// An empty path is the server's working directory, not a folder anyone chose.
			return refused(new LegislationException("legislation.import.noFolder", path), user, model);
		}
		try {
			result = importLaws.importFolder(Path.of(path.strip()));
		}
		catch (LegislationException e) {
			return refused(e, user, model);
		}
		catch (java.nio.file.InvalidPathException e) {
			return refused(new LegislationException("legislation.import.noFolder", path), user, model);
		}
		redirect.addFlashAttribute("successKey", "legislation.import.folderDone");
		redirect.addFlashAttribute("successArgs",
				new Object[] { result.imported(), result.skipped(), result.failed().size() });
		return "redirect:/legislation/library/import";
	}
}
