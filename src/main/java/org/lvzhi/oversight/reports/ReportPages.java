package org.lvzhi.oversight.reports;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.oversight.plan.SupervisionPlans;
import org.lvzhi.oversight.web.Names;
import org.lvzhi.oversight.web.OversightAccess;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Spreadsheet;
import org.lvzhi.platform.WordDocuments;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The list of work reports and the dossier of one report. A handling unit sees only the reports
 * addressed to its organization: another one's report answers 404, as if it did not exist.
 */
@Controller
@RequestMapping("/oversight/reports")
@PreAuthorize("@oversightAccess.isReader(authentication)")
class ReportPages {

	private final WorkReports reports;
	private final OversightAccess access;
	private final Directory directory;
	private final Deadlines deadlines;
	private final MessageSource messages;
	private final SupervisionPlans plans;

	ReportPages(WorkReports reports, OversightAccess access, Directory directory, Deadlines deadlines,
			MessageSource messages, SupervisionPlans plans) {
		this.plans = plans;
		this.reports = reports;
		this.access = access;
		this.directory = directory;
		this.deadlines = deadlines;
		this.messages = messages;
	}

	private WorkReports.Query scoped(Authentication user, Integer year, ReportState state, String text) {
		Long organ = access.isStaff(user) || access.isMember(user) ? null : OversightAccess.unit(user);
		return new WorkReports.Query(year, state, organ, text);
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) ReportState state,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
			Authentication user, Model model) {
		WorkReports.Query query = scoped(user, year, state, text);
		model.addAttribute("query", query);
		model.addAttribute("states", ReportState.values());
		var found = reports.find(query, Page.number(page), Page.size(null));
		model.addAttribute("page", found);
		model.addAttribute("names", bodiesOf(found.items()));
		model.addAttribute("staff", access.isStaff(user));
		model.addAttribute("today", deadlines.today());
		if (access.isStaff(user)) {
			model.addAttribute("organs", organs());
			model.addAttribute("committees", bodies(Classification.SPECIAL_COMMITTEE));
		}
		return "oversight/reports/list";
	}

	private List<OrganizationView> organs() {
		List<OrganizationView> all = new java.util.ArrayList<>();
		for (Classification c : List.of(Classification.GOVERNMENT, Classification.SUPERVISORY_COMMISSION,
				Classification.COURT, Classification.PROCURATORATE, Classification.GOVERNMENT_DEPARTMENT)) {
			all.addAll(bodies(c));
		}
		return all;
	}

	private List<OrganizationView> bodies(Classification c) {
		return directory.findOrganizations(new OrganizationQuery(null, c, null, null), 1, 200).items();
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Authentication user, Model model) {
		ReportView r = readable(id, user);
		model.addAttribute("r", r);
		model.addAttribute("names", new Names(directory));
		model.addAttribute("surveys", reports.surveys(new WorkReportId(id)));
		model.addAttribute("planItem", plans.itemFor(PlanItemKind.WORK_REPORT, id).orElse(null));
		model.addAttribute("vote", reports.vote(new WorkReportId(id)).orElse(null));
		model.addAttribute("staff", access.isStaff(user));
		model.addAttribute("unit", access.isUnit(user) && !access.isStaff(user));
		Long me = OversightAccess.person(user);
		model.addAttribute("mayVote", access.isMember(user) && !reports.hasVoted(new WorkReportId(id), me));
		model.addAttribute("choices", Satisfaction.values());
		model.addAttribute("today", deadlines.today());
		return "oversight/reports/detail";
	}

	private ReportView readable(long id, Authentication user) {
		ReportView r = reports.get(new WorkReportId(id)).orElseThrow(Moves::notFound);
		if (!access.canRead(user, r.organId())) {
			throw Moves.notFound();
		}
		return r;
	}

	@GetMapping("/{id:\\d+}/opinions.docx")
	void opinions(@PathVariable long id, Authentication user, HttpServletResponse response) throws IOException {
		ReportView r = readable(id, user);
		if (r.opinions() == null) {
			throw Moves.notFound();
		}
		response.setContentType(WordDocuments.DOCX);
		response.setHeader("Content-Disposition", "attachment; filename=\"opinions-" + id + ".docx\"");
		OpinionsDocument.write(r, new Names(directory), messages, LocaleContextHolder.getLocale(),
				response.getOutputStream());
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) Integer year, @RequestParam(required = false) ReportState state,
			@RequestParam(required = false) String text, Authentication user, HttpServletResponse response)
			throws IOException {
		var locale = LocaleContextHolder.getLocale();
		List<ReportView> all = reports.all(scoped(user, year, state, text));
		Names names = bodiesOf(all);
		response.setContentType(Spreadsheet.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"work-reports.xlsx\"");
		try (Spreadsheet sheet = new Spreadsheet("reports", List.of("oversight.field.title", "oversight.field.organ",
				"oversight.field.committee", "oversight.field.state", "oversight.field.sitting",
				"oversight.field.opinionsSentOn", "oversight.field.handlingDue", "oversight.field.handlingReceivedOn",
				"oversight.field.voteResult").stream().map(k -> messages.getMessage(k, null, locale)).toList())) {
			for (ReportView r : all) {
				sheet.row(r.title(), names.body(r.organId()), names.body(r.committeeId()),
						messages.getMessage("oversight.report.state." + r.state(), null, locale), r.sittingDate(),
						r.opinionsSentOn(), r.handlingDue(), r.handlingReceivedOn(), r.voteResult() == null ? null
								: messages.getMessage("oversight.satisfaction." + r.voteResult(), null, locale));
			}
			sheet.writeTo(response.getOutputStream());
		}
	}

	/** The names of the reports' organs and committees, in one query. */
	private Names bodiesOf(List<ReportView> rows) {
		return new Names(directory).ofBodies(rows.stream()
			.flatMap(r -> Stream.of(r.organId(), r.committeeId())).toList());
	}
}
