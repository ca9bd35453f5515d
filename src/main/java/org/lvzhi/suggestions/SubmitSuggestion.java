package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lead deputy submits her draft; it gets the next number of its year, e.g. {@code 2023-0042}. */
@Service
public class SubmitSuggestion {

	private final SuggestionStore store;
	private final ApplicationEventPublisher events;
	private final SuggestionNotices notices;

	SubmitSuggestion(SuggestionStore store, ApplicationEventPublisher events, SuggestionNotices notices) {
		this.store = store;
		this.events = events;
		this.notices = notices;
	}

	@Transactional
	public String submit(SuggestionId id, int version, PersonId deputy, LocalDate on) {
		return submit(id, version, deputy, on, true);
	}

	/**
	 * @param tellOffice whether the office gets a notice; not when the office itself enters a
	 *     session's suggestions, which would fill its inbox with hundreds of notices of its own work
	 */
	@Transactional
	public String submit(SuggestionId id, int version, PersonId deputy, LocalDate on, boolean tellOffice) {
		Suggestion s = store.load(id, version);
		Ownership.requireLeadDeputy(s, deputy);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.submit(store.nextSequence(s.year()), on);
		Suggestion saved = store.save(s, "submitted", before);
		events.publishEvent(new SuggestionSubmitted(saved.id(), saved.leadDeputy(), saved.coSigners(), saved.number(),
				saved.year(), on, saved.title()));
		if (tellOffice) {
			notices.toOffice(saved, "submitted");
		}
		return saved.number();
	}
}
