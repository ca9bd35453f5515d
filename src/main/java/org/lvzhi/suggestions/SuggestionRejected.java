package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;

/** The office returned a submission as not a suggestion. Published inside the changing transaction. */
public record SuggestionRejected(SuggestionId id, PersonId leadDeputy, String reason, LocalDate rejectedOn) {
}
