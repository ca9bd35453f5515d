package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission returns a submission as not a suggestion (personal matters, cases before the
 * courts…), with the reason the deputy reads.
 */
@Service
public class RejectSuggestion {

	private final SuggestionStore store;
	private final ApplicationEventPublisher events;
	private final SuggestionNotices notices;

	RejectSuggestion(SuggestionStore store, ApplicationEventPublisher events, SuggestionNotices notices) {
		this.store = store;
		this.events = events;
		this.notices = notices;
	}

	@Transactional
	public void reject(SuggestionId id, int version, String reason, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.reject(reason, on);
		Suggestion saved = store.save(s, "rejected", before);
		events.publishEvent(new SuggestionRejected(saved.id(), saved.leadDeputy(), saved.rejectReason(), on));
		notices.toDeputies(saved, "rejected");
	}
}
