package org.lvzhi.suggestions;

import java.util.List;

import org.lvzhi.directory.Picker;

/**
 * The draft form as bound from the page; co-signers are the picker's text, names with their
 * numbers separated by 、, resolved when the form is saved.
 */
record DraftForm(String title, String body, String category, Integer year, String coSigners, Integer version) {

	static DraftForm empty() {
		return new DraftForm("", "", null, null, "", null);
	}

	static DraftForm of(Suggestion s, Picker picks) {
		return new DraftForm(s.title(), s.body(), s.category(), s.year(),
				String.join("、", s.coSigners().stream().map(picks::personValue).toList()), s.version());
	}

	SuggestionContent content() {
		return new SuggestionContent(title == null ? "" : title, body == null ? "" : body, category, year);
	}

	List<org.lvzhi.directory.PersonId> coSignerIds(Picker picks) {
		return picks.persons(coSigners);
	}
}
