package org.lvzhi.oversight.reports;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.oversight.WorkReportWorkflow;
import org.springframework.stereotype.Service;

/** The use cases behind {@link WorkReportWorkflow}, each on the report's current version. */
@Service
class ReportWorkflowService implements WorkReportWorkflow {

	private final PlanWorkReport plan;
	private final RecordSurvey survey;
	private final ScheduleSitting schedule;
	private final ReceiveDocument receive;
	private final DeliberateReport deliberate;
	private final SendOpinions send;
	private final RecordHandlingReport handling;
	private final CloseReport close;
	private final OpenVote openVote;
	private final CastBallot ballot;
	private final CloseVote closeVote;

	ReportWorkflowService(PlanWorkReport plan, RecordSurvey survey, ScheduleSitting schedule, ReceiveDocument receive,
			DeliberateReport deliberate, SendOpinions send, RecordHandlingReport handling, CloseReport close,
			OpenVote openVote, CastBallot ballot, CloseVote closeVote) {
		this.plan = plan;
		this.survey = survey;
		this.schedule = schedule;
		this.receive = receive;
		this.deliberate = deliberate;
		this.send = send;
		this.handling = handling;
		this.close = close;
		this.openVote = openVote;
		this.ballot = ballot;
		this.closeVote = closeVote;
	}

	@Override
	public WorkReportId plan(int year, String title, OrganizationId organ, OrganizationId committee, LocalDate on) {
		return plan.plan(year, title, organ, committee, on);
	}

	@Override
	public void recordSurvey(WorkReportId report, LocalDate on, String place, String note) {
		survey.record(report, on, place, note);
	}

	@Override
	public void schedule(WorkReportId report, LocalDate sitting) {
		schedule.schedule(report, null, sitting);
	}

	@Override
	public void receiveDocument(WorkReportId report, String document, LocalDate on) {
		receive.receive(report, null, document, on);
	}

	@Override
	public void deliberate(WorkReportId report, String opinions, LocalDate on) {
		deliberate.deliberate(report, null, opinions, on);
	}

	@Override
	public void sendOpinions(WorkReportId report, LocalDate on) {
		send.send(report, null, on);
	}

	@Override
	public void recordHandlingReport(WorkReportId report, String text, LocalDate on) {
		handling.record(report, null, text, on);
	}

	@Override
	public void close(WorkReportId report, String followUp, LocalDate on) {
		close.close(report, null, followUp, on);
	}

	@Override
	public void openVote(WorkReportId report, LocalDate on) {
		openVote.open(report, on);
	}

	@Override
	public void vote(WorkReportId report, PersonId member, Satisfaction choice) {
		ballot.vote(report, member, choice);
	}

	@Override
	public Satisfaction closeVote(WorkReportId report, LocalDate on) {
		return closeVote.close(report, on);
	}
}
