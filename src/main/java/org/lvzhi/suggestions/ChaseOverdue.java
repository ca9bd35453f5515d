package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commission chases every suggestion whose answer is overdue: its units are reminded. */
@Service
public class ChaseOverdue {

	private final SuggestionStore store;
	private final JdbcClient jdbc;
	private final SuggestionNotices notices;

	ChaseOverdue(SuggestionStore store, JdbcClient jdbc, SuggestionNotices notices) {
		this.store = store;
		this.jdbc = jdbc;
		this.notices = notices;
	}

	/** @return how many suggestions were chased */
	@Transactional
	public int chase(LocalDate on) {
		var ids = jdbc.sql("SELECT id FROM suggestions_suggestion WHERE state IN ('ASSIGNED', 'REOPENED') AND answer_due < :on ORDER BY id")
			.param("on", on).query(Long.class).list();
		for (Long id : ids) {
			Suggestion s = store.load(new SuggestionId(id));
			SuggestionSnapshot before = SuggestionSnapshot.of(s);
			s.chase(on);
			Suggestion saved = store.save(s, "chased", before);
			notices.toUnits(saved, saved.standingAssignments().stream()
				.filter(a -> a.role().answers())
				.filter(a -> saved.latestAnswers().stream().noneMatch(x -> x.organizationId() == a.organizationId()))
				.map(Assignment::organizationId).toList(), "overdue");
		}
		return ids.size();
	}
}
