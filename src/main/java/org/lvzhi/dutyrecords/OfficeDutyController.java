package org.lvzhi.dutyrecords;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The deputies' affairs office's view: every deputy with her totals for a year (filtered by level
 * or delegation, exported to .xlsx), any deputy's record over a period, and her yearly report.
 */
@Controller
@RequestMapping("/duty")
@PreAuthorize("@dutyAccess.isOffice(authentication)")
class OfficeDutyController {

	private final DeputyList list;
	private final GroupMembers groups;
	private final WeightStore weights;
	private final DutyRecords records;
	private final Directory directory;
	private final Periods periods;
	private final YearlyReport report;
	private final MessageSource messages;

	OfficeDutyController(DeputyList list, GroupMembers groups, WeightStore weights, DutyRecords records, Directory directory, Periods periods,
			YearlyReport report, MessageSource messages) {
		this.list = list;
		this.groups = groups;
		this.weights = weights;
		this.records = records;
		this.directory = directory;
		this.periods = periods;
		this.report = report;
		this.messages = messages;
	}

	@GetMapping
	String deputies(@RequestParam(required = false) Integer year, @RequestParam(required = false) String name,
			@RequestParam(required = false) DeputyLevel level, @RequestParam(required = false) Long body,
			@RequestParam(required = false) Integer page, Model model) {
		int y = periods.yearOr(year, null);
		model.addAttribute("year", y);
		model.addAttribute("years", periods.years());
		model.addAttribute("name", name);
		model.addAttribute("level", level);
		model.addAttribute("body", body);
		model.addAttribute("levels", DeputyLevel.values());
		model.addAttribute("kinds", DutyKind.values());
		model.addAttribute("delegations", list.delegations());
		model.addAttribute("page", list.find(name, level, body == null ? null : new OrganizationId(body), y,
				Page.number(page), Page.size(null)));
		return "dutyrecords/list";
	}

	/** Every deputy the filters select, with her seat, delegation, totals and score for the year. */
	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) Integer year, @RequestParam(required = false) String name,
			@RequestParam(required = false) DeputyLevel level, @RequestParam(required = false) Long body, Locale locale,
			HttpServletResponse response) throws IOException {
		int y = periods.yearOr(year, null);
		List<GroupMembers.Member> deputies = groups.deputies(name, level, body == null ? null : new OrganizationId(body), y);
		Map<Long, DutyTotals> totals = records.totalsOf(deputies.stream().map(d -> d.id().value()).toList(),
				DutyRecords.yearStart(y), DutyRecords.yearEnd(y));
		DutyWeights w = weights.load();
		List<String> headers = new ArrayList<>(List.of(text("dutyrecords.field.deputy", locale),
				text("dutyrecords.field.congress", locale), text("dutyrecords.field.delegation", locale)));
		for (DutyKind k : DutyKind.values()) {
			headers.add(text("dutyrecords.kind." + k, locale));
		}
		headers.add(text("dutyrecords.field.score", locale));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Spreadsheet sheet = new Spreadsheet(String.valueOf(y), headers)) {
			for (GroupMembers.Member d : deputies) {
				DutyTotals t = totals.getOrDefault(d.id().value(), DutyTotals.none());
				List<Object> cells = new ArrayList<>();
				cells.add(d.name());
				cells.add(d.congress());
				cells.add(d.delegation());
				for (DutyKind k : DutyKind.values()) {
					cells.add(t.of(k));
				}
				cells.add(w.score(t));
				sheet.row(cells.toArray());
			}
			sheet.writeTo(out);
		}
		Downloads.send(response, Spreadsheet.CONTENT_TYPE, text("dutyrecords.export.fileName", locale, String.valueOf(y)),
				out.toByteArray());
	}

	@GetMapping("/deputies/{id}")
	String record(@PathVariable long id, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) DutyKind kind, @RequestParam(required = false) Integer page, Model model) {
		PersonId person = new PersonId(id);
		int y = periods.yearOr(year, person);
		LocalDate start = from != null ? from : DutyRecords.yearStart(y);
		LocalDate end = to != null ? to : DutyRecords.yearEnd(y);
		if (end.isBefore(start)) {
			model.addAttribute("errorKey", "dutyrecords.error.period");
			end = start;
		}
		DeputyProfile profile = DeputyProfile.of(directory, person, start.getYear())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("profile", profile);
		model.addAttribute("year", y);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", DutyKind.values());
		model.addAttribute("totals", records.totals(person, start, end));
		model.addAttribute("page", records.entries(person, start, end, kind, Page.number(page), Page.size(null)));
		return "dutyrecords/record";
	}

	@GetMapping("/deputies/{id}/report.docx")
	void report(@PathVariable long id, @RequestParam(required = false) Integer year, Locale locale,
			HttpServletResponse response) throws IOException {
		PersonId person = new PersonId(id);
		if (directory.person(person).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		YearlyReport.File file = report.write(person, periods.yearOr(year, person), periods.today(), locale);
		Downloads.send(response, ReportDocument.CONTENT_TYPE, file.name(), file.bytes());
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
