package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission ends the handling of an answered suggestion: after 不满意 (when no reopening is
 * due) or when the feedback period passed without a rating. B and C answers go on under follow-up.
 */
@Service
public class CloseSuggestion {

	private final SuggestionStore store;

	CloseSuggestion(SuggestionStore store) {
		this.store = store;
	}

	@Transactional
	public void close(SuggestionId id, int version, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.close(on);
		store.save(s, "closed", before);
	}
}
