package org.lvzhi.oversight.reports;

import java.util.Objects;
import java.time.LocalDate;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.platform.Moves;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's moves on work reports. Each takes the day it happened, today by default, because
 * the office often records a sitting afterwards.
 */
@Controller
@RequestMapping("/oversight/reports")
@PreAuthorize("@oversightAccess.isStaff(authentication)")
class ReportMoves {

	private static final String ISO = "yyyy-MM-dd";

	private final PlanWorkReport plan;
	private final RecordSurvey survey;
	private final ScheduleSitting schedule;
	private final ReceiveDocument receive;
	private final DeliberateReport deliberate;
	private final SendOpinions send;
	private final CloseReport close;
	private final OpenVote openVote;
	private final CloseVote closeVote;
	private final Deadlines deadlines;

	ReportMoves(PlanWorkReport plan, RecordSurvey survey, ScheduleSitting schedule, ReceiveDocument receive,
			DeliberateReport deliberate, SendOpinions send, CloseReport close, OpenVote openVote, CloseVote closeVote,
			Deadlines deadlines) {
		this.plan = plan;
		this.survey = survey;
		this.schedule = schedule;
		this.receive = receive;
		this.deliberate = deliberate;
		this.send = send;
		this.close = close;
		this.openVote = openVote;
		this.closeVote = closeVote;
		this.deadlines = deadlines;
	}

	private LocalDate day(LocalDate on) {
		return Objects.requireNonNullElse(on, deadlines.today());
	}

	private static String back(long id) {
		return "/oversight/reports/" + id;
	}

	@PostMapping
	String plan(@RequestParam(required = false) Integer year, @RequestParam(required = false) String title,
			@RequestParam(required = false) Long organ, @RequestParam(required = false) Long committee,
			RedirectAttributes redirect) {
		WorkReportId[] created = new WorkReportId[1];
		String result = Moves.run("/oversight/reports", redirect, "oversight.report.planned", () -> {
			if (organ == null) {
				throw new OversightException("oversight.error.organRequired");
			}
			created[0] = plan.plan(year == null ? deadlines.today().getYear() : year, title, new OrganizationId(organ),
					committee == null ? null : new OrganizationId(committee), deadlines.today());
		});
		return created[0] == null ? result : "redirect:" + back(created[0].value());
	}

	@PostMapping("/{id}/survey")
	String survey(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate on,
			@RequestParam(required = false) String place, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "oversight.report.surveyed",
				() -> survey.record(new WorkReportId(id), day(on), place, note));
	}

	@PostMapping("/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate sitting, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "oversight.report.scheduled",
				() -> schedule.schedule(new WorkReportId(id), version, sitting));
	}

	@PostMapping("/{id}/receive")
	String receive(@PathVariable long id, @RequestParam int version, @RequestParam String document,
			@RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate on, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "oversight.report.received",
				() -> receive.receive(new WorkReportId(id), version, document, day(on)));
	}

	@PostMapping("/{id}/deliberate")
	String deliberate(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String opinions,
			@RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate on, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "oversight.report.deliberated",
				() -> deliberate.deliberate(new WorkReportId(id), version, opinions, day(on)));
	}

	@PostMapping("/{id}/send-opinions")
	String send(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate on, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "oversight.report.opinionsSent",
				() -> send.send(new WorkReportId(id), version, day(on)));
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String followUp,
			@RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate on, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "oversight.report.closed",
				() -> close.close(new WorkReportId(id), version, followUp, day(on)));
	}

	@PostMapping("/{id}/vote/open")
	String openVote(@PathVariable long id, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "oversight.vote.opened",
				() -> openVote.open(new WorkReportId(id), deadlines.today()));
	}

	@PostMapping("/{id}/vote/close")
	String closeVote(@PathVariable long id, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "oversight.vote.closed",
				() -> closeVote.close(new WorkReportId(id), deadlines.today()));
	}
}
