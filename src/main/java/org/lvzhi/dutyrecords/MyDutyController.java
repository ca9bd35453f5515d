package org.lvzhi.dutyrecords;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** 我的履职: the signed-in deputy's own record for a year, made to be read on a phone, and her yearly report. */
@Controller
@RequestMapping("/duty/mine")
@PreAuthorize("@dutyAccess.isDeputy(authentication)")
class MyDutyController {

	private final DutyRecords records;
	private final Periods periods;
	private final YearlyReport report;
	private final Directory directory;

	MyDutyController(DutyRecords records, Periods periods, YearlyReport report, Directory directory) {
		this.records = records;
		this.periods = periods;
		this.report = report;
		this.directory = directory;
	}

	@GetMapping
	String mine(@RequestParam(required = false) Integer year, @RequestParam(required = false) DutyKind kind,
			@RequestParam(required = false) Integer page, Authentication user, Model model) {
		PersonId me = DutyAccess.person(user);
		int y = periods.yearOr(year, me);
		LocalDate from = DutyRecords.yearStart(y);
		LocalDate to = DutyRecords.yearEnd(y);
		model.addAttribute("year", y);
		model.addAttribute("years", periods.years());
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", DutyKind.values());
		model.addAttribute("totals", records.totals(me, from, to));
		model.addAttribute("page", records.entries(me, from, to, kind, Page.number(page), Page.size(null)));
		model.addAttribute("profile", DeputyProfile.of(directory, me, y).orElse(null));
		return "dutyrecords/mine";
	}

	@GetMapping("/report.docx")
	void report(@RequestParam(required = false) Integer year, Authentication user, Locale locale,
			HttpServletResponse response) throws IOException {
		PersonId me = DutyAccess.person(user);
		int y = periods.yearOr(year, me);
		YearlyReport.File file = report.write(me, y, periods.today(), locale);
		Downloads.send(response, ReportDocument.CONTENT_TYPE, file.name(), file.bytes());
	}
}
