package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;

/**
 * A deputy submitted a suggestion; it got its number. Published inside the changing transaction.
 * It carries the title so that a listener needs no read of the suggestion to describe it.
 */
public record SuggestionSubmitted(SuggestionId id, PersonId leadDeputy, List<PersonId> coSigners, String number, int year,
		LocalDate submittedOn, String title) {
}
