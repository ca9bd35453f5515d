package org.lvzhi.reporting.annual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.platform.FieldLimits;
import org.lvzhi.reporting.AnnualReports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's work on the annual report: start it for a year from the template, save the text as
 * a new revision, freeze it (the figures are then stored as they are, with the time), open a frozen
 * report again while it is unpublished, publish it. Every move checks the version the editor saw.
 */
@Service
@Transactional
public class ReportDesk implements AnnualReports {

	static final String TEMPLATE_RESOURCE = "/reporting/annual-report-template.txt";

	private final JdbcClient jdbc;
	private final AnnualReportStore store;
	private final ReportRendering rendering;
	private final FieldLimits limits;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final String committee;

	ReportDesk(JdbcClient jdbc, AnnualReportStore store, ReportRendering rendering, FieldLimits limits,
			ApplicationEventPublisher events, Clock clock, @Value("${lvzhi.committee-name}") String committee) {
		this.jdbc = jdbc;
		this.store = store;
		this.rendering = rendering;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
		this.committee = committee;
	}

	@Override
	public void start(int year, String author) {
		start(Integer.valueOf(year), author);
	}

	@Override
	public void date(int year, LocalDate date, String author) {
		AnnualReport r = store.ofYear(year).orElseThrow(() -> new AnnualReportException("reporting.annual.error.notFound", year));
		save(year, r.version(), r.title(), r.issuer(), date, store.latest(r).body(), null, author);
	}

	@Override
	public void freeze(int year, String by) {
		freeze(year, versionOf(year), by);
	}

	@Override
	public void publish(int year) {
		publish(year, versionOf(year));
	}

	private Integer versionOf(int year) {
		return store.ofYear(year).map(AnnualReport::version)
			.orElseThrow(() -> new AnnualReportException("reporting.annual.error.notFound", year));
	}

	/** Starts the report for a year: the draft is the template, with every figure live. */
	public AnnualReport start(Integer year, String author) {
		int current = LocalDate.now(clock).getYear();
		if (year == null || year < 1990 || year > current) {
			throw new AnnualReportException("reporting.annual.error.year", current);
		}
		if (store.ofYear(year).isPresent()) {
			throw new AnnualReportException("reporting.annual.error.exists", year);
		}
		jdbc.sql("""
				INSERT INTO reporting_annual_report (report_year, title, issuer, state, revision)
				VALUES (?, ?, ?, 'DRAFT', 1)""")
			.params(year, limits.check("reporting_annual_report.title", committee + "工作报告"),
					limits.check("reporting_annual_report.issuer", committee))
			.update();
		AnnualReport report = store.ofYear(year).orElseThrow();
		writeRevision(report.id(), 1, template(), null, author);
		events.publishEvent(AuditEvent.created("reporting.annual.started", "AnnualReport", report.id(),
				String.valueOf(year), report));
		return report;
	}

	/**
	 * Saves the header and the text of a draft. A changed text becomes a new revision; the same text
	 * saved again adds none.
	 */
	public AnnualReport save(int year, Integer version, String title, String issuer, LocalDate date, String body,
			String note, String author) {
		AnnualReport before = editable(year, version);
		if (title == null || title.isBlank()) {
			throw new AnnualReportException("reporting.annual.error.titleRequired");
		}
		if (issuer == null || issuer.isBlank()) {
			throw new AnnualReportException("reporting.annual.error.issuerRequired");
		}
		if (body == null || ReportText.parse(body).blocks().isEmpty()) {
			throw new AnnualReportException("reporting.annual.error.bodyRequired");
		}
		String text = limits.check("reporting_annual_revision.body", normalised(body));
		String why = limits.check("reporting_annual_revision.note", note == null || note.isBlank() ? null : note.strip());
		boolean changed = !text.equals(store.latest(before).body());
		int revision = changed ? before.revision() + 1 : before.revision();
		int rows = jdbc.sql("""
				UPDATE reporting_annual_report SET title = ?, issuer = ?, report_date = ?, revision = ?,
				    version = version + 1 WHERE id = ? AND version = ?""")
			.params(limits.check("reporting_annual_report.title", title.strip()),
					limits.check("reporting_annual_report.issuer", issuer.strip()), date, revision, before.id(),
					before.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("annual report " + year);
		}
		if (changed) {
			writeRevision(before.id(), revision, text, why, author);
		}
		AnnualReport after = store.ofYear(year).orElseThrow();
		events.publishEvent(AuditEvent.changed("reporting.annual.saved", "AnnualReport", before.id(),
				year + " r" + revision, before, after));
		return after;
	}

	/**
	 * Freezes the report: every figure it uses is stored with its value now and last year's, so
	 * the text no longer moves when records change. Refused while a field names no registered figure.
	 */
	public AnnualReport freeze(int year, Integer version, String by) {
		AnnualReport before = editable(year, version);
		AnnualReportView view = rendering.view(before);
		if (!view.unknown().isEmpty()) {
			throw new AnnualReportException("reporting.annual.error.unknownFigures", String.join("、", view.unknown()));
		}
		for (AnnualReportView.FigureValue v : view.figures()) {
			jdbc.sql("INSERT INTO reporting_annual_figure (report_id, figure_key, figure_value, previous_value) VALUES (?, ?, ?, ?)")
				.params(before.id(), v.key(), v.value(), v.previous())
				.update();
		}
		move(before, "UPDATE reporting_annual_report SET state = 'FROZEN', frozen_at = ?, frozen_by = ?,"
				+ " version = version + 1 WHERE id = ? AND version = ?", LocalDateTime.now(clock), by);
		return audited("reporting.annual.frozen", before);
	}

	/** Opens a frozen, unpublished report for editing again: its figures are live once more. */
	public AnnualReport reopen(int year, Integer version) {
		AnnualReport before = current(year, version);
		if (before.state() != ReportState.FROZEN) {
			throw new AnnualReportException("reporting.annual.error.notFrozen");
		}
		jdbc.sql("DELETE FROM reporting_annual_figure WHERE report_id = ?").param(before.id()).update();
		move(before, "UPDATE reporting_annual_report SET state = 'DRAFT', frozen_at = NULL, frozen_by = NULL,"
				+ " version = version + 1 WHERE id = ? AND version = ?");
		return audited("reporting.annual.reopened", before);
	}

	/** Publishes a frozen report on the public portal. */
	public AnnualReport publish(int year, Integer version) {
		AnnualReport before = current(year, version);
		if (before.state() != ReportState.FROZEN) {
			throw new AnnualReportException("reporting.annual.error.freezeFirst");
		}
		move(before, "UPDATE reporting_annual_report SET state = 'PUBLISHED', published_at = ?,"
				+ " version = version + 1 WHERE id = ? AND version = ?", LocalDateTime.now(clock));
		return audited("reporting.annual.published", before);
	}

	/** The text a new draft starts from: the office's own, else the one Lvzhi comes with. */
	public String template() {
		return store.template().map(AnnualReportStore.Template::body).orElseGet(ReportDesk::builtInTemplate);
	}

	/** Saves the office's template; {@code version} is the one the editor saw (-1 for none yet). */
	public void saveTemplate(Integer version, String body, String by) {
		if (body == null || ReportText.parse(body).blocks().isEmpty()) {
			throw new AnnualReportException("reporting.annual.error.bodyRequired");
		}
		String text = limits.check("reporting_annual_template.body", normalised(body));
		var before = store.template();
		int seen = version == null ? -1 : version;
		int rows;
		if (before.isEmpty()) {
			if (seen != 0) {
				throw new OptimisticLockingFailureException("template");
			}
			rows = jdbc.sql("INSERT INTO reporting_annual_template (id, body, changed_by, changed_at, version) VALUES (1, ?, ?, ?, 1)")
				.params(text, by, LocalDateTime.now(clock)).update();
		}
		else {
			rows = jdbc.sql("""
					UPDATE reporting_annual_template SET body = ?, changed_by = ?, changed_at = ?, version = version + 1
					WHERE id = 1 AND version = ?""").params(text, by, LocalDateTime.now(clock), seen).update();
		}
		if (rows == 0) {
			throw new OptimisticLockingFailureException("template");
		}
		events.publishEvent(AuditEvent.changed("reporting.annual.templateSaved", "AnnualReportTemplate", 1, "template",
				before.orElse(null), store.template().orElseThrow()));
	}

	static String builtInTemplate() {
		try (InputStream in = ReportDesk.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
			return new String(Objects.requireNonNull(in, TEMPLATE_RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void writeRevision(long reportId, int number, String body, String note, String author) {
		jdbc.sql("INSERT INTO reporting_annual_revision (report_id, number, body, note, author, written_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(reportId, number, body, note, limits.check("reporting_annual_revision.author", author),
					LocalDateTime.now(clock))
			.update();
	}

	private AnnualReport current(int year, Integer version) {
		AnnualReport report = store.ofYear(year)
			.orElseThrow(() -> new AnnualReportException("reporting.annual.error.notFound", year));
		if (version == null || version != report.version()) {
			throw new OptimisticLockingFailureException("annual report " + year);
		}
		return report;
	}

	private AnnualReport editable(int year, Integer version) {
		AnnualReport report = current(year, version);
		if (!report.draft()) {
			throw new AnnualReportException("reporting.annual.error.frozen");
		}
		return report;
	}

	private void move(AnnualReport before, String sql, Object... leading) {
		Object[] params = new Object[leading.length + 2];
		System.arraycopy(leading, 0, params, 0, leading.length);
		params[leading.length] = before.id();
		params[leading.length + 1] = before.version();
		if (jdbc.sql(sql).params(params).update() == 0) {
			throw new OptimisticLockingFailureException("annual report " + before.reportYear());
		}
	}

	private AnnualReport audited(String action, AnnualReport before) {
		AnnualReport after = store.ofYear(before.reportYear()).orElseThrow();
		events.publishEvent(AuditEvent.changed(action, "AnnualReport", before.id(), String.valueOf(before.reportYear()),
				before, after));
		return after;
	}

	/** One line ending, no trailing blanks: revisions then compare by what was written, not how. */
	private static String normalised(String body) {
		return body.strip().replace("\r\n", "\n").replace('\r', '\n');
	}
}
