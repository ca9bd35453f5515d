package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;

/**
 * A suggestion that was submitted and still counts as one (not returned as not a suggestion), as
 * {@link SuggestionSubmitted} would tell it now: what a projection of submissions is rebuilt from.
 * {@code coSigners} are in the order the lead deputy named them.
 */
public record SubmittedSuggestion(SuggestionId id, PersonId leadDeputy, List<PersonId> coSigners, String number,
		int year, LocalDate submittedOn, String title) {

	public SubmittedSuggestion {
		coSigners = List.copyOf(coSigners);
	}
}
