package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.Arrays;

import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.Satisfaction;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A work report and its oversight, the aggregate. Each move is one method that refuses to run in a
 * state it does not start from; due dates are counted by the caller on the working-day calendar.
 */
@Table("oversight_report")
class WorkReport {

	@Id
	Long id;
	@Version
	Integer version;
	@Column("report_year")
	int year;
	String title;
	long organId;
	Long committeeId;
	ReportState state;
	LocalDate sittingDate;
	LocalDate draftDue;
	LocalDate reportDue;
	LocalDate membersDue;
	LocalDate draftReceivedOn;
	LocalDate reportReceivedOn;
	LocalDate membersSentOn;
	LocalDate deliberatedOn;
	String opinions;
	LocalDate opinionsDue;
	LocalDate opinionsSentOn;
	LocalDate handlingDue;
	String handlingReport;
	LocalDate handlingReceivedOn;
	String followUp;
	Satisfaction voteResult;
	int reworkCount;
	LocalDate closedOn;
	LocalDate plannedOn;

	static WorkReport plan(int year, String title, long organ, Long committee, LocalDate on) {
		if (title == null || title.isBlank()) {
			throw new OversightException("oversight.error.titleRequired");
		}
		WorkReport r = new WorkReport();
		r.year = year;
		r.title = title.strip();
		r.organId = organ;
		r.committeeId = committee;
		r.state = ReportState.PLANNED;
		r.plannedOn = on;
		return r;
	}

	void schedule(LocalDate sitting, LocalDate draft, LocalDate report, LocalDate members) {
		require("schedule", ReportState.PLANNED, ReportState.SCHEDULED, ReportState.REWORK);
		sittingDate = sitting;
		draftDue = draft;
		reportDue = report;
		membersDue = members;
		draftReceivedOn = null;
		reportReceivedOn = null;
		membersSentOn = null;
		state = ReportState.SCHEDULED;
	}

	void receive(String document, LocalDate on) {
		require("receive", ReportState.SCHEDULED);
		switch (document == null ? "" : document) {
			case "DRAFT" -> draftReceivedOn = on;
			case "REPORT" -> reportReceivedOn = on;
			case "MEMBERS" -> membersSentOn = on;
			default -> throw new OversightException("oversight.error.document");
		}
	}

	void deliberate(String text, LocalDate on, LocalDate due) {
		require("deliberate", ReportState.SCHEDULED);
		if (on.isBefore(sittingDate)) {
			throw new OversightException("oversight.error.beforeSitting", sittingDate);
		}
		deliberatedOn = on;
		opinions = text == null || text.isBlank() ? null : text.strip();
		opinionsDue = due;
		voteResult = null;
		state = ReportState.DELIBERATED;
	}

	void sendOpinions(LocalDate on, LocalDate due) {
		require("sendOpinions", ReportState.DELIBERATED);
		if (opinions == null) {
			throw new OversightException("oversight.error.opinionsRequired");
		}
		opinionsSentOn = on;
		handlingDue = due;
		state = ReportState.OPINIONS_SENT;
	}

	void recordHandling(String text, LocalDate on) {
		require("handle", ReportState.OPINIONS_SENT);
		if (text == null || text.isBlank()) {
			throw new OversightException("oversight.error.textRequired");
		}
		handlingReport = text.strip();
		handlingReceivedOn = on;
		state = ReportState.HANDLED;
	}

	void close(String note, LocalDate on) {
		require("close", ReportState.HANDLED);
		followUp = note == null || note.isBlank() ? null : note.strip();
		closedOn = on;
		state = ReportState.CLOSED;
	}

	/** The vote's result; 不满意 sends the report back to the organ to be reported again. */
	void rated(Satisfaction result) {
		require("vote", ReportState.DELIBERATED);
		voteResult = result;
		if (result == Satisfaction.DISSATISFIED) {
			reworkCount++;
			state = ReportState.REWORK;
		}
	}

	void require(String action, ReportState... allowed) {
		if (!Arrays.asList(allowed).contains(state)) {
			throw new OversightException("oversight.error.illegalMove",
					new DefaultMessageSourceResolvable("oversight.report.state." + state),
					new DefaultMessageSourceResolvable("oversight.report.action." + action));
		}
	}
}
