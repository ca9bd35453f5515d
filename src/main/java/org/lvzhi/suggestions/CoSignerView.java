package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A co-signer's view of the answers of one round, for the lead deputy to weigh before she rates:
 * only the lead deputy rates, but the deputies who signed with her have their say on record.
 */
@Table("suggestions_co_signer_view")
public record CoSignerView(int round, long personId, String text, LocalDate givenOn) {

	/** A view is short: the co-signer's say on the answers, not a second suggestion. */
	static final int MAX_LENGTH = 2000;

	static CoSignerView given(int round, PersonId coSigner, String text, LocalDate on) {
		String view = SuggestionException.requireText(text, "suggestions.error.textRequired");
		if (view.length() > MAX_LENGTH) {
			throw new SuggestionException("suggestions.error.viewTooLong", MAX_LENGTH);
		}
		return new CoSignerView(round, coSigner.value(), view, on);
	}
}
