package org.lvzhi.meetings.party;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.lvzhi.meetings.PartyReportKind;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.Moves;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The general office's register of requests and reports to the party committee; nobody else opens it. */
@Controller
class PartyReportPages {

	private final PartyReports reports;

	PartyReportPages(PartyReports reports) {
		this.reports = reports;
	}

	@Bean
	static NavigationItem partyReportsNavigation() {
		return NavigationItem.forRoles(351, "nav.meetings.partyReports", "/meetings/party-reports", Roles.STAFF, Roles.ADMIN)
			.in(NavigationItem.GROUP_OVERSIGHT).forStaffOf("GENERAL_OFFICE");
	}

	@GetMapping("/meetings/party-reports")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) PartyReportKind kind,
			@RequestParam(required = false) Integer page, Model model) {
		Integer y = year == null || year < 1990 || year > 2100 ? null : year;
		model.addAttribute("page", reports.find(y, kind, Page.number(page), Page.DEFAULT_SIZE));
		model.addAttribute("year", y);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", PartyReportKind.values());
		return "meetings/party-reports";
	}

	@PostMapping("/meetings/party-reports")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String register(@RequestParam(required = false) PartyReportKind kind, @RequestParam(required = false) String subject,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate sentOn,
			RedirectAttributes redirect) {
		Map<String, Object> typed = new HashMap<>();
		typed.put("kind", kind);
		typed.put("subject", subject);
		typed.put("sentOn", sentOn);
		return Moves.run("/meetings/party-reports", redirect, "meetings.partyReport.registered", typed,
				() -> reports.register(kind, subject, sentOn, null, null));
	}

	@PostMapping("/meetings/party-reports/{id}/reply")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String reply(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reply,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate repliedOn,
			RedirectAttributes redirect) {
		return Moves.run("/meetings/party-reports", redirect, "meetings.partyReport.replied",
				() -> reports.reply(id, version, reply, repliedOn));
	}
}
