package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.VoteOutcome;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the ballots against all members; 不满意 sends the report back to the organ for rework. */
@Service
class CloseVote {

	private final ReportStore store;
	private final JdbcClient jdbc;

	CloseVote(ReportStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	@Transactional
	Satisfaction close(WorkReportId id, LocalDate on) {
		Integer members = jdbc.sql("SELECT total_members FROM oversight_report_vote WHERE report_id = ? AND closed_on IS NULL")
			.param(id.value()).query(Integer.class).optional()
			.orElseThrow(() -> new OversightException("oversight.error.voteNotOpen"));
		Map<Satisfaction, Long> tally = VoteTally.count(jdbc, id);
		Satisfaction result = VoteOutcome.of(tally.get(Satisfaction.SATISFIED), tally.get(Satisfaction.BASICALLY_SATISFIED),
				members);
		jdbc.sql("UPDATE oversight_report_vote SET result = ?, closed_on = ? WHERE report_id = ?")
			.params(result.name(), on, id.value()).update();
		WorkReport r = store.load(id);
		ReportSnapshot before = ReportSnapshot.of(r);
		r.rated(result);
		WorkReport saved = store.save(r, "voteClosed", before);
		if (result == Satisfaction.DISSATISFIED) {
			store.notify(saved, List.of(ReportStore.organ(saved), ReportStore.OFFICE), "rework");
		}
		return result;
	}
}
