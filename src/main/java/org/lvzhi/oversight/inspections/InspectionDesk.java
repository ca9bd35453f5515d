package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * The inspection office's moves for callers outside the oversight module (today the demo world, which
 * writes a year of inspections and visits): one door instead of the use cases behind it, so that those
 * stay free to change. Each move runs in its own transaction unless the caller holds one, and refuses
 * what its use case refuses.
 */
@Service
@NamedInterface("inspections")
public class InspectionDesk {

	private final PlanInspection plan;
	private final RecordSite sites;
	private final AssignProblem assign;
	private final ReportRectification report;
	private final VerifyRectification verify;
	private final ReinspectProblem reinspect;
	private final EscalateProblem escalate;
	private final RecordVisit visits;

	InspectionDesk(PlanInspection plan, RecordSite sites, AssignProblem assign, ReportRectification report,
			VerifyRectification verify, ReinspectProblem reinspect, EscalateProblem escalate, RecordVisit visits) {
		this.plan = plan;
		this.sites = sites;
		this.assign = assign;
		this.report = report;
		this.verify = verify;
		this.reinspect = reinspect;
		this.escalate = escalate;
		this.visits = visits;
	}

	/** Plans an inspection. */
	public InspectionId plan(NewInspection inspection) {
		return plan.plan(inspection);
	}

	/** @return how many members joined the team */
	public int addTeam(InspectionId inspection, List<TeamMember> members) {
		return plan.addTeam(inspection, members);
	}

	/** Records a site checked and the problems found there. @return the problems, in the site's order */
	public List<ProblemId> recordSite(InspectionId inspection, NewSite site) {
		return sites.record(inspection, site).problems();
	}

	/** Assigns a problem to the unit responsible for rectifying it. */
	public void assign(ProblemId problem, int version, OrganizationId unit, LocalDate on) {
		assign.assign(problem, version, unit, on);
	}

	/** The unit reports its rectification. */
	public void reportRectification(ProblemId problem, int version, OrganizationId unit, String text, LocalDate on) {
		report.report(problem, version, unit, text, on);
	}

	/** The office accepts the rectification and closes the problem. */
	public void closeRectified(ProblemId problem, int version, String note, LocalDate on) {
		verify.close(problem, version, note, on);
	}

	/** A re-inspection finds the problem fixed or not. */
	public void reinspect(ProblemId problem, int version, boolean fixed, String note, LocalDate on) {
		reinspect.reinspect(problem, version, fixed, note, on);
	}

	/**
	 * Escalates a problem still not fixed into an inquiry or an interpellation, a new one or {@code into}.
	 *
	 * @return the ID of the record it went to
	 */
	public long escalate(ProblemId problem, int version, Escalation to, Long into, LocalDate on) {
		return escalate.escalate(problem, version, to, into, on);
	}

	/** Records an inspection or research visit. @return the problems it raised, in the visit's order */
	public List<Long> recordVisit(NewVisit visit) {
		return visits.record(visit).problems();
	}

	/** A problem a visit raised was resolved. */
	public void resolveVisitProblem(long problem, int version, String resolution, LocalDate on) {
		visits.resolve(problem, version, resolution, on);
	}
}
