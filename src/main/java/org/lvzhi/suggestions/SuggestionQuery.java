package org.lvzhi.suggestions;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;

/**
 * Filters of a suggestion list; {@code null} means "any".
 *
 * @param unit suggestions with a standing assignment to this unit
 * @param deputy suggestions of this deputy, as lead or co-signer
 * @param overdue only those whose answer is overdue today
 * @param text words in the title
 */
public record SuggestionQuery(SuggestionState state, OrganizationId unit, String category, Boolean key,
		Boolean overdue, Integer year, String text, PersonId deputy) {

	public static SuggestionQuery all() {
		return new SuggestionQuery(null, null, null, null, null, null, null, null);
	}

	public SuggestionQuery withUnit(OrganizationId u) {
		return new SuggestionQuery(state, u, category, key, overdue, year, text, deputy);
	}

	public SuggestionQuery withState(SuggestionState s) {
		return new SuggestionQuery(s, unit, category, key, overdue, year, text, deputy);
	}

	public SuggestionQuery withOverdue(Boolean o) {
		return new SuggestionQuery(state, unit, category, key, o, year, text, deputy);
	}
}
