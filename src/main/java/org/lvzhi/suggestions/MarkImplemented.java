package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commission confirms that a suggestion under follow-up was carried out; it is closed. */
@Service
public class MarkImplemented {

	private final SuggestionStore store;
	private final ApplicationEventPublisher events;

	MarkImplemented(SuggestionStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional
	public void mark(SuggestionId id, int version, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.markImplemented(on);
		store.save(s, "implemented", before);
		events.publishEvent(new SuggestionClosed(s.id(), true, on));
	}
}
