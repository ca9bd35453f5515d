package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deputies' affairs commission accepts a submission as a suggestion (立案). */
@Service
public class AcceptSuggestion {

	private final SuggestionStore store;

	AcceptSuggestion(SuggestionStore store) {
		this.store = store;
	}

	@Transactional
	public void accept(SuggestionId id, int version, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.accept(on);
		store.save(s, "accepted", before);
	}
}
