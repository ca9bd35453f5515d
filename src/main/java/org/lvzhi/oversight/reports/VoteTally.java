package org.lvzhi.oversight.reports;

import java.util.EnumMap;
import java.util.Map;

import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ballots of a report's vote, counted per choice; every choice is present, with 0 when none. */
final class VoteTally {

	private VoteTally() {
	}

	static Map<Satisfaction, Long> count(JdbcClient jdbc, WorkReportId id) {
		Map<Satisfaction, Long> tally = new EnumMap<>(Satisfaction.class);
		for (Satisfaction s : Satisfaction.values()) {
			tally.put(s, 0L);
		}
		jdbc.sql("SELECT choice, COUNT(*) AS n FROM oversight_report_ballot WHERE report_id = ? GROUP BY choice")
			.param(id.value())
			.query((rs, i) -> Map.entry(Satisfaction.valueOf(rs.getString("choice")), rs.getLong("n"))).list()
			.forEach(e -> tally.put(e.getKey(), e.getValue()));
		return tally;
	}
}
