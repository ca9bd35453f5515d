package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of work reports for pages, figures and reminders. */
@Service
@Transactional(readOnly = true)
public class WorkReports {

	/** Criteria of the report list; {@code organId} restricts it to one organ's reports (a unit's scope). */
	public record Query(Integer year, ReportState state, Long organId, String text) {
	}

	public record Survey(LocalDate heldOn, String place, String note) {
	}

	/** A vote as anybody may see it: counts only, never who voted what. */
	public record Vote(LocalDate openedOn, int totalMembers, long voted, Satisfaction result, LocalDate closedOn,
			Map<Satisfaction, Long> tally) {
	}

	private final JdbcClient jdbc;

	WorkReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ReportView> get(WorkReportId id) {
		return jdbc.sql("SELECT * FROM oversight_report WHERE id = ?").param(id.value()).query(ReportView.class)
			.optional();
	}

	public Page<ReportView> find(Query q, int page, int size) {
		List<Object> args = new ArrayList<>();
		String where = where(q, args);
		long total = jdbc.sql("SELECT COUNT(*) FROM oversight_report" + where).params(args).query(Long.class).single();
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(size);
		pageArgs.add(Page.offset(page, size));
		List<ReportView> items = jdbc
			.sql("SELECT * FROM oversight_report" + where + " ORDER BY report_year DESC, sitting_date, id LIMIT ? OFFSET ?")
			.params(pageArgs).query(ReportView.class).list();
		return new Page<>(items, page, size, total);
	}

	public List<ReportView> all(Query q) {
		List<Object> args = new ArrayList<>();
		return jdbc.sql("SELECT * FROM oversight_report" + where(q, args) + " ORDER BY report_year DESC, sitting_date, id")
			.params(args).query(ReportView.class).list();
	}

	private static String where(Query q, List<Object> args) {
		StringBuilder w = new StringBuilder(" WHERE 1 = 1");
		if (q.year() != null) {
			w.append(" AND report_year = ?");
			args.add(q.year());
		}
		if (q.state() != null) {
			w.append(" AND state = ?");
			args.add(q.state().name());
		}
		if (q.organId() != null) {
			w.append(" AND organ_id = ?");
			args.add(q.organId());
		}
		if (q.text() != null && !q.text().isBlank()) {
			w.append(" AND title LIKE ?");
			args.add("%" + q.text().strip() + "%");
		}
		return w.toString();
	}

	/** Reports deliberated at a sitting of the year: the annual report's "听取和审议专项工作报告". */
	public List<ReportView> deliberatedIn(int year) {
		return jdbc.sql("SELECT * FROM oversight_report WHERE deliberated_on >= ? AND deliberated_on < ? ORDER BY deliberated_on, id")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(ReportView.class).list();
	}

	/** Reports scheduled for a sitting on or after the day, the earliest sitting first. */
	public List<ReportView> scheduledFrom(LocalDate day) {
		return jdbc.sql("SELECT * FROM oversight_report WHERE state = 'SCHEDULED' AND sitting_date >= ? ORDER BY sitting_date, id")
			.param(day).query(ReportView.class).list();
	}

	/** Reports whose satisfaction vote is open: the members still cast their ballots. */
	public List<ReportView> votingOpen() {
		return jdbc.sql("""
				SELECT r.* FROM oversight_report r JOIN oversight_report_vote v ON v.report_id = r.id
				WHERE v.closed_on IS NULL ORDER BY v.opened_on, r.id""").query(ReportView.class).list();
	}

	/** Reports deliberated on or before the day, the latest first. */
	public List<ReportView> deliberatedBy(LocalDate day, int limit) {
		return jdbc.sql("SELECT * FROM oversight_report WHERE deliberated_on <= ? ORDER BY deliberated_on DESC, id LIMIT ?")
			.params(day, limit).query(ReportView.class).list();
	}

	public List<ReportView> handlingOverdue(LocalDate today) {
		return jdbc.sql("SELECT * FROM oversight_report WHERE state = 'OPINIONS_SENT' AND handling_due < ? ORDER BY handling_due")
			.param(today).query(ReportView.class).list();
	}

	public List<ReportView> opinionsOverdue(LocalDate today) {
		return jdbc.sql("SELECT * FROM oversight_report WHERE state = 'DELIBERATED' AND opinions_due < ? ORDER BY opinions_due")
			.param(today).query(ReportView.class).list();
	}

	public long countOwedBy(long organId) {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_report WHERE organ_id = ? AND state = 'OPINIONS_SENT'")
			.param(organId).query(Long.class).single();
	}

	public long countInState(ReportState state) {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_report WHERE state = ?").param(state.name()).query(Long.class)
			.single();
	}

	public List<Survey> surveys(WorkReportId id) {
		return jdbc.sql("SELECT held_on, place, note FROM oversight_report_survey WHERE report_id = ? ORDER BY held_on, id")
			.param(id.value()).query(Survey.class).list();
	}

	public Optional<Vote> vote(WorkReportId id) {
		Map<Satisfaction, Long> tally = VoteTally.count(jdbc, id);
		long voted = jdbc.sql("SELECT COUNT(*) FROM oversight_report_voter WHERE report_id = ?").param(id.value())
			.query(Long.class).single();
		return jdbc.sql("SELECT opened_on, total_members, result, closed_on FROM oversight_report_vote WHERE report_id = ?")
			.param(id.value())
			.query((rs, i) -> new Vote(rs.getObject("opened_on", LocalDate.class), rs.getInt("total_members"), voted,
					rs.getString("result") == null ? null : Satisfaction.valueOf(rs.getString("result")),
					rs.getObject("closed_on", LocalDate.class), tally))
			.optional();
	}

	public boolean hasVoted(WorkReportId id, long personId) {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_report_voter WHERE report_id = ? AND person_id = ?")
			.params(id.value(), personId).query(Integer.class).single() > 0;
	}
}
