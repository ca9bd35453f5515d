package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A deputy writes a suggestion, or changes her draft. Only the lead deputy sees a draft. */
@Service
public class DraftSuggestion {

	public static final int MAX_TITLE = 200;

	private final SuggestionStore store;
	private final SuggestionSettings settings;
	private final Directory directory;

	DraftSuggestion(SuggestionStore store, SuggestionSettings settings, Directory directory) {
		this.store = store;
		this.settings = settings;
		this.directory = directory;
	}

	/** @throws SuggestionException when the title, text or category is missing or a co-signer is unknown */
	@Transactional
	public SuggestionId draft(PersonId deputy, SuggestionContent content, List<PersonId> coSigners, LocalDate on) {
		check(content, coSigners);
		Suggestion s = Suggestion.draft(deputy, content, coSigners, on);
		return store.save(s, "drafted", null).id();
	}

	/**
	 * Saves the draft over the version the deputy saw.
	 * @throws org.springframework.dao.OptimisticLockingFailureException when it was saved in between
	 */
	@Transactional
	public void edit(SuggestionId id, int version, PersonId deputy, SuggestionContent content,
			List<PersonId> coSigners, LocalDate on) {
		Suggestion s = store.load(id, version);
		Ownership.requireLeadDeputy(s, deputy);
		check(content, coSigners);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.edit(content, coSigners, on);
		store.save(s, "edited", before);
	}

	private void check(SuggestionContent content, List<PersonId> coSigners) {
		if (content.title() == null || content.title().isBlank() || content.title().strip().length() > MAX_TITLE) {
			throw new SuggestionException("suggestions.error.title", MAX_TITLE);
		}
		if (content.body() == null || content.body().isBlank()) {
			throw new SuggestionException("suggestions.error.body");
		}
		if (content.category() == null || !settings.categories().contains(content.category())) {
			throw new SuggestionException("suggestions.error.category");
		}
		for (PersonId p : coSigners) {
			if (directory.person(p).isEmpty()) {
				throw new SuggestionException("suggestions.error.unknownDeputy", p.value());
			}
		}
	}
}
