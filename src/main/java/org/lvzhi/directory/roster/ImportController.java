package org.lvzhi.directory.roster;

import java.io.IOException;

import org.lvzhi.platform.Spreadsheet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import org.lvzhi.directory.ImportResult;
import org.lvzhi.directory.ImportRoster;

/**
 * Editors upload a deputy roster and read either the counts or the row-by-row error report;
 * the template names the expected columns.
 */
@Controller
@RequestMapping("/directory/import")
@PreAuthorize("@directoryAccess.canEdit(authentication)")
class ImportController {

	private final ImportRoster importRoster;

	ImportController(ImportRoster importRoster) {
		this.importRoster = importRoster;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("columns", RosterColumns.ALL);
		return "directory/import";
	}

	@GetMapping("/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		response.setContentType(Spreadsheet.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"deputy-roster-template.xlsx\"");
		try (Spreadsheet sheet = new Spreadsheet("代表名册", RosterColumns.ALL)) {
			sheet.writeTo(response.getOutputStream());
		}
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		model.addAttribute("columns", RosterColumns.ALL);
		ImportResult result;
		try (var in = file.getInputStream()) {
			result = importRoster.importWorkbook(in);
		}
		model.addAttribute("result", result);
		if (!result.accepted()) {
			response.setStatus(422);
			model.addAttribute("errorKey", "directory.import.rejected");
			model.addAttribute("errorArgs", new Object[] { result.errors().size() });
		}
		else {
			model.addAttribute("successKey", "directory.import.done");
			model.addAttribute("successArgs", new Object[] { result.added(), result.updated() });
		}
		return "directory/import";
	}
}
