package org.lvzhi.suggestions.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.platform.Moves;
import org.lvzhi.suggestions.Suggestion;
import org.lvzhi.suggestions.SuggestionAccess;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.SuggestionQuery;
import org.lvzhi.suggestions.SuggestionState;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files in and out of the suggestion register: the office's bulk entry of session suggestions
 * from .xlsx, list exports scoped to each reader (office, deputy, unit), and one suggestion's
 * dossier as .docx for everyone who may open it.
 */
@Controller
class SuggestionIoController {

	static final String IMPORT = "suggestions/io/import";

	private final ImportSessionSuggestions importer;
	private final SuggestionListExport export;
	private final SuggestionDossier dossier;
	private final Suggestions suggestions;
	private final SuggestionAccess access;
	private final MessageSource messages;

	SuggestionIoController(ImportSessionSuggestions importer, SuggestionListExport export, SuggestionDossier dossier,
			Suggestions suggestions, SuggestionAccess access, MessageSource messages) {
		this.messages = messages;
		this.importer = importer;
		this.export = export;
		this.dossier = dossier;
		this.suggestions = suggestions;
		this.access = access;
	}

	@GetMapping("/suggestions/import")
	@PreAuthorize("@suggestionAccess.isOffice(authentication)")
	String importForm(Model model) {
		model.addAttribute("columns", SuggestionWorkbook.COLUMNS);
		return IMPORT;
	}

	@GetMapping("/suggestions/import/template.xlsx")
	@PreAuthorize("@suggestionAccess.isOffice(authentication)")
	void template(Locale locale, HttpServletResponse response) throws IOException {
		attachment(response, org.lvzhi.platform.Spreadsheet.CONTENT_TYPE, file("template", locale));
		SuggestionWorkbook.writeTemplate(response.getOutputStream());
	}

	@PostMapping("/suggestions/import")
	@PreAuthorize("@suggestionAccess.isOffice(authentication)")
	String upload(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		model.addAttribute("columns", SuggestionWorkbook.COLUMNS);
		SuggestionImportResult result;
		try (var in = file.getInputStream()) {
			result = importer.importWorkbook(in, file.getOriginalFilename());
		}
		model.addAttribute("result", result);
		if (result.accepted()) {
			model.addAttribute("successKey", "suggestions.io.import.done");
			model.addAttribute("successArgs", new Object[] { result.entered(), result.numbers().get(0),
					result.numbers().get(result.numbers().size() - 1) });
		}
		else {
			response.setStatus(422);
			model.addAttribute("errorKey", "suggestions.io.import.rejected");
			model.addAttribute("errorArgs", new Object[] { result.problems().size() });
		}
		return IMPORT;
	}

	/** The office's list with the same filters as {@code /suggestions}. */
	@GetMapping("/suggestions/export.xlsx")
	@PreAuthorize("@suggestionAccess.isOffice(authentication)")
	void exportAll(@RequestParam(required = false) SuggestionState state, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String category, @RequestParam(required = false) Boolean key,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String text, Locale locale, HttpServletResponse response) throws IOException {
		SuggestionQuery query = new SuggestionQuery(state, unit == null ? null : new OrganizationId(unit),
				category == null || category.isBlank() ? null : category, key, overdue, year, text, null);
		xlsx(query, locale, response, file("all", locale));
	}

	/** What the deputy led or co-signed. */
	@GetMapping("/suggestions/mine/export.xlsx")
	@PreAuthorize("@suggestionAccess.isDeputy(authentication)")
	void exportMine(Authentication user, Locale locale, HttpServletResponse response) throws IOException {
		xlsx(new SuggestionQuery(null, null, null, null, null, null, null, SuggestionAccess.person(user)), locale,
				response, file("mine", locale));
	}

	/** What is assigned to the unit, with the workbench's filters. */
	@GetMapping("/suggestions/workbench/export.xlsx")
	@PreAuthorize("@suggestionAccess.isUnit(authentication)")
	void exportWorkbench(@RequestParam(required = false) SuggestionState state,
			@RequestParam(required = false) Boolean overdue, Authentication user, Locale locale,
			HttpServletResponse response) throws IOException {
		SuggestionQuery query = SuggestionQuery.all().withUnit(SuggestionAccess.unit(user)).withState(state)
			.withOverdue(overdue);
		xlsx(query, locale, response, file("workbench", locale));
	}

	@GetMapping("/suggestions/{id:\\d+}/dossier.docx")
	void dossier(@PathVariable long id, Authentication user, Locale locale, HttpServletResponse response)
			throws IOException {
		Suggestion s = suggestions.get(new SuggestionId(id)).orElseThrow(Moves::notFound);
		if (!access.canOpen(user, s)) {
			throw Moves.notFound();
		}
		attachment(response, DocxWriter.CONTENT_TYPE,
				messages.getMessage("suggestions.io.file.dossier",
						new Object[] { s.number() == null ? String.valueOf(id) : s.number() }, locale));
		dossier.write(s, locale, response.getOutputStream());
	}

	private void xlsx(SuggestionQuery query, Locale locale, HttpServletResponse response, String name)
			throws IOException {
		attachment(response, org.lvzhi.platform.Spreadsheet.CONTENT_TYPE, name);
		export.write(query, locale, response.getOutputStream());
	}

	private String file(String kind, Locale locale) {
		return messages.getMessage("suggestions.io.file." + kind, null, locale);
	}

	private static void attachment(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}
}
