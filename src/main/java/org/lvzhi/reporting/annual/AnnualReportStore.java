package org.lvzhi.reporting.annual;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads of annual reports, their revisions and their frozen figures. */
@Repository
@Transactional(readOnly = true)
public class AnnualReportStore {

	/** A frozen figure: its value and the year before's, as they were at the freeze. */
	public record Stored(long value, Long previous) {
	}

	private final JdbcClient jdbc;

	AnnualReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AnnualReport> ofYear(int year) {
		return jdbc.sql("SELECT * FROM reporting_annual_report WHERE report_year = ?").param(year)
			.query(AnnualReport.class).optional();
	}

	public List<AnnualReport> all() {
		return jdbc.sql("SELECT * FROM reporting_annual_report ORDER BY report_year DESC").query(AnnualReport.class).list();
	}

	public List<AnnualReport> published() {
		return jdbc.sql("SELECT * FROM reporting_annual_report WHERE state = 'PUBLISHED' ORDER BY report_year DESC")
			.query(AnnualReport.class).list();
	}

	public Revision latest(AnnualReport report) {
		return revision(report.id(), report.revision()).orElseThrow();
	}

	public Optional<Revision> revision(long reportId, int number) {
		return jdbc.sql("SELECT * FROM reporting_annual_revision WHERE report_id = ? AND number = ?")
			.params(reportId, number).query(Revision.class).optional();
	}

	/** Every revision, newest first, without the text. */
	public List<Revision> revisions(long reportId) {
		return jdbc.sql("""
				SELECT report_id, number, '' AS body, note, author, written_at FROM reporting_annual_revision
				WHERE report_id = ? ORDER BY number DESC""").param(reportId).query(Revision.class).list();
	}

	public Map<String, Stored> frozenFigures(long reportId) {
		Map<String, Stored> figures = new LinkedHashMap<>();
		jdbc.sql("SELECT figure_key, figure_value, previous_value FROM reporting_annual_figure WHERE report_id = ?")
			.param(reportId)
			.query((rs, n) -> figures.put(rs.getString("figure_key"),
					new Stored(rs.getLong("figure_value"), (Long) rs.getObject("previous_value", Long.class))))
			.list();
		return figures;
	}

	/** The template a new draft starts from, if the office has saved one. */
	public Optional<Template> template() {
		return jdbc.sql("SELECT body, changed_by, changed_at, version FROM reporting_annual_template WHERE id = 1")
			.query(Template.class).optional();
	}

	public record Template(String body, String changedBy, java.time.LocalDateTime changedAt, int version) {
	}
}
