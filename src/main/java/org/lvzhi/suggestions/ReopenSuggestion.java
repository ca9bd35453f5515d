package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** After 不满意 the commission sends the suggestion back to its units for a second answer. */
@Service
public class ReopenSuggestion {

	private final SuggestionStore store;
	private final SuggestionDeadlines deadlines;
	private final SuggestionSettings settings;
	private final SuggestionNotices notices;

	ReopenSuggestion(SuggestionStore store, SuggestionDeadlines deadlines, SuggestionSettings settings,
			SuggestionNotices notices) {
		this.store = store;
		this.deadlines = deadlines;
		this.settings = settings;
		this.notices = notices;
	}

	@Transactional
	public void reopen(SuggestionId id, int version, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.reopen(new AnswerRounds(settings.rounds()), on, deadlines.reanswerDue(on));
		Suggestion saved = store.save(s, "reopened", before);
		notices.toUnits(saved, saved.standingAssignments().stream().map(Assignment::organizationId).toList(), "reopened");
	}
}
