package org.lvzhi.suggestions;

import java.util.ArrayList;
import java.util.List;

import org.lvzhi.directory.PersonId;

/** The draft form as bound from the page; co-signers are person IDs. */
record DraftForm(String title, String body, String category, Integer year, List<Long> coSigners, Integer version) {

	static DraftForm empty() {
		return new DraftForm("", "", null, null, List.of(), null);
	}

	static DraftForm of(Suggestion s) {
		return new DraftForm(s.title(), s.body(), s.category(), s.year(),
				s.coSigners().stream().map(PersonId::value).toList(), s.version());
	}

	SuggestionContent content() {
		return new SuggestionContent(title == null ? "" : title, body == null ? "" : body, category, year);
	}

	List<PersonId> coSignerIds() {
		List<PersonId> ids = new ArrayList<>();
		if (coSigners != null) {
			coSigners.stream().filter(java.util.Objects::nonNull).forEach(id -> ids.add(new PersonId(id)));
		}
		return ids;
	}
}
