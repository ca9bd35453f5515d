package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lead deputy withdraws her suggestion before it is assigned. */
@Service
public class WithdrawSuggestion {

	private final SuggestionStore store;

	WithdrawSuggestion(SuggestionStore store) {
		this.store = store;
	}

	@Transactional
	public void withdraw(SuggestionId id, int version, PersonId deputy, LocalDate on) {
		Suggestion s = store.load(id, version);
		Ownership.requireLeadDeputy(s, deputy);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.withdraw(on);
		store.save(s, "withdrawn", before);
	}
}
