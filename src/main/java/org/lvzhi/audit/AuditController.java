package org.lvzhi.audit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.lvzhi.platform.LocalTimes;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Administrators browse, filter and export the action log. Read-only by design.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private final AuditLog log;
	private final MessageSource messages;
	private final LocalTimes times;
	private final AuditChain chain;

	AuditController(AuditLog log, MessageSource messages, LocalTimes times, AuditChain chain) {
		this.log = log;
		this.messages = messages;
		this.times = times;
		this.chain = chain;
	}

	/** Checks the hash chain over the whole log and names what was removed or changed. */
	@GetMapping("/chain")
	String chain(Model model) {
		AuditChain.Report report = chain.check();
		model.addAttribute("intact", report.intact());
		model.addAttribute("sealed", report.sealed());
		model.addAttribute("problems", report.problems().stream()
			.map(p -> java.util.Map.of("kind", p.kind(), "seq", String.valueOf(p.seq()), "entryId",
					p.entryId() == null ? "" : String.valueOf(p.entryId())))
			.toList());
		return "audit/chain";
	}

	@GetMapping
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
		AuditFilter filter = new AuditFilter(actor, action, subjectType, subjectId, from, to);
		int number = Page.number(page);
		int pageSize = Page.size(size);
		List<AuditEntry> items = log.find(filter, Page.offset(number, pageSize), pageSize);
		model.addAttribute("filter", filter);
		model.addAttribute("page", new Page<>(items, number, pageSize, log.count(filter)));
		return "audit/list";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		AuditFilter filter = new AuditFilter(actor, action, subjectType, subjectId, from, to);
		var locale = LocaleContextHolder.getLocale();
		List<String> headers = List.of("id", "occurredAt", "actor", "action", "subjectType", "subjectId", "summary",
				"before", "after")
			.stream()
			.map(h -> messages.getMessage("audit.column." + h, null, locale))
			.toList();
		response.setContentType(Spreadsheet.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.xlsx\"");
		try (Spreadsheet sheet = new Spreadsheet(messages.getMessage("audit.title", null, locale), headers)) {
			log.forEach(filter, e -> sheet.row(e.id(), times.second(e.occurredAt()), e.actor(), e.action(), e.subjectType(),
					e.subjectId(), e.summary(), e.before(), e.after()));
			sheet.writeTo(response.getOutputStream());
		}
	}
}
