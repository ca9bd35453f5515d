package org.lvzhi.oversight.reports;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.PersonId;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.oversight.web.OversightAccess;
import org.lvzhi.platform.Moves;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organ sends its handling report; a member casts the secret ballot. */
@Controller
@RequestMapping("/oversight/reports/{id}")
class UnitAndMemberMoves {

	private final WorkReports reports;
	private final RecordHandlingReport handling;
	private final CastBallot ballot;
	private final Deadlines deadlines;
	private final OversightAccess access;

	UnitAndMemberMoves(WorkReports reports, RecordHandlingReport handling, CastBallot ballot, Deadlines deadlines,
			OversightAccess access) {
		this.access = access;
		this.reports = reports;
		this.handling = handling;
		this.ballot = ballot;
		this.deadlines = deadlines;
	}

	@PostMapping("/handling")
	@PreAuthorize("@oversightAccess.isUnit(authentication) or @oversightAccess.isStaff(authentication)")
	String handling(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			Authentication user, RedirectAttributes redirect) {
		ReportView r = reports.get(new WorkReportId(id)).orElseThrow(Moves::notFound);
		if (!access.isStaff(user) && !Long.valueOf(r.organId()).equals(OversightAccess.unit(user))) {
			throw Moves.notFound();
		}
		return Moves.run("/oversight/reports/" + id, redirect, "oversight.report.handled",
				() -> handling.record(new WorkReportId(id), version, text, deadlines.today()));
	}

	@PostMapping("/vote")
	@PreAuthorize("@oversightAccess.isMember(authentication)")
	String vote(@PathVariable long id, @RequestParam(required = false) Satisfaction choice, Authentication user,
			RedirectAttributes redirect) {
		return Moves.run("/oversight/reports/" + id, redirect, "oversight.vote.cast.done",
				() -> ballot.vote(new WorkReportId(id), new PersonId(OversightAccess.person(user)), choice));
	}
}
