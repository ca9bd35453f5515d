package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commission confirms that a suggestion under follow-up was carried out; it is closed. */
@Service
public class MarkImplemented {

	private final SuggestionStore store;

	MarkImplemented(SuggestionStore store) {
		this.store = store;
	}

	@Transactional
	public void mark(SuggestionId id, int version, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.markImplemented(on);
		store.save(s, "implemented", before);
	}
}
