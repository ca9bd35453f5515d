package org.lvzhi.oversight.reports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.VoteClosed;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.VoteOutcome;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A satisfaction vote held at a sitting through the meetings' voting service: when a round on the
 * agenda item of a work report closes, its totals are rated against all members with the same
 * thresholds as the report's own vote ({@link VoteOutcome}), in the closing transaction, so that a
 * report that cannot take the rating (not deliberated, or a vote of its own open) refuses the close.
 */
@Component
class SatisfactionVotesAtSittings {

	private static final Pattern REPORT = Pattern.compile("/oversight/reports/(\\d+)");

	private final ReportStore store;
	private final JdbcClient jdbc;

	SatisfactionVotesAtSittings(ReportStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(VoteClosed e) {
		Matcher m = e.itemLink() == null ? null : REPORT.matcher(e.itemLink());
		if (e.form() != BallotForm.SATISFACTION || m == null || !m.matches()) {
			return;
		}
		WorkReportId id = new WorkReportId(Long.parseLong(m.group(1)));
		WorkReport r = store.load(id);
		int open = jdbc.sql("SELECT COUNT(*) FROM oversight_report_vote WHERE report_id = ? AND closed_on IS NULL")
			.param(id.value()).query(Integer.class).single();
		if (open > 0) {
			throw new OversightException("oversight.error.voteOpen");
		}
		Satisfaction result = VoteOutcome.of(e.totals().getOrDefault("SATISFIED", 0),
				e.totals().getOrDefault("BASICALLY_SATISFIED", 0), e.allMembers());
		ReportSnapshot before = ReportSnapshot.of(r);
		r.rated(result);
		jdbc.sql("DELETE FROM oversight_report_ballot WHERE report_id = ?").param(id.value()).update();
		jdbc.sql("DELETE FROM oversight_report_voter WHERE report_id = ?").param(id.value()).update();
		jdbc.sql("DELETE FROM oversight_report_vote WHERE report_id = ?").param(id.value()).update();
		jdbc.sql("INSERT INTO oversight_report_vote (report_id, opened_on, total_members, result, closed_on) VALUES (?, ?, ?, ?, ?)")
			.params(id.value(), e.closedOn(), e.allMembers(), result.name(), e.closedOn()).update();
		WorkReport saved = store.save(r, "voteClosed", before);
		if (result == Satisfaction.DISSATISFIED) {
			store.notify(saved, List.of(ReportStore.organ(saved), ReportStore.OFFICE), "rework");
		}
	}
}
