package org.lvzhi.oversight.reports;

import java.time.LocalDate;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a survey (调研) the preparing committee made for a report before its sitting. */
@Service
class RecordSurvey {

	private final ReportStore store;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	RecordSurvey(ReportStore store, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.store = store;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	void record(WorkReportId id, LocalDate on, String place, String note) {
		WorkReport r = store.load(id);
		r.require("survey", ReportState.PLANNED, ReportState.SCHEDULED, ReportState.REWORK);
		if (on == null || place == null || place.isBlank()) {
			throw new OversightException("oversight.error.surveyRequired");
		}
		jdbc.sql("INSERT INTO oversight_report_survey (report_id, held_on, place, note) VALUES (?, ?, ?, ?)")
			.params(id.value(), on, place.strip(), note == null || note.isBlank() ? null : note.strip()).update();
		events.publishEvent(AuditEvent.created("oversight.report.surveyed", "WorkReport", id.value(), r.title,
				on + " " + place.strip()));
	}
}
