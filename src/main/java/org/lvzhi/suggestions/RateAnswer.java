package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead deputy rates the answers (满意 / 基本满意 / 不满意, a comment required for 不满意).
 * A satisfied rating ends the handling, or puts B and C answers under follow-up; 不满意 waits for
 * the commission to reopen or close.
 */
@Service
public class RateAnswer {

	private final SuggestionStore store;
	private final SuggestionNotices notices;

	RateAnswer(SuggestionStore store, SuggestionNotices notices) {
		this.store = store;
		this.notices = notices;
	}

	@Transactional
	public void rate(SuggestionId id, int version, PersonId deputy, Rating rating, String comment, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.rate(deputy, rating, comment, on);
		Suggestion saved = store.save(s, "rated", before);
		notices.toUnits(saved, saved.latestAnswers().stream().map(Answer::organizationId).toList(), "rated");
		// A satisfied rating closes the handling by itself; only 不满意 waits for the commission.
		if (saved.state() == SuggestionState.DISSATISFIED) {
			notices.toOffice(saved, "dissatisfied");
		}
	}
}
