package org.lvzhi.suggestions;

import org.lvzhi.directory.PersonId;

/** Who may act on a suggestion as its deputy. */
final class Ownership {

	private Ownership() {
	}

	static void requireLeadDeputy(Suggestion s, PersonId deputy) {
		if (deputy == null || !s.leadDeputy().equals(deputy)) {
			throw new SuggestionException("suggestions.error.notLeadDeputy");
		}
	}
}
