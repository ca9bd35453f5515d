package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission ends the handling of an answered suggestion: after 不满意 (when no reopening is
 * due) or when the feedback period passed without a rating. B and C answers go on under follow-up.
 */
@Service
public class CloseSuggestion {

	private final SuggestionStore store;
	private final ApplicationEventPublisher events;

	CloseSuggestion(SuggestionStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional
	public void close(SuggestionId id, int version, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.close(on);
		Suggestion saved = store.save(s, "closed", before);
		if (saved.state() == SuggestionState.CLOSED) {
			events.publishEvent(new SuggestionClosed(saved.id(), false, on));
		}
	}
}
