package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;

/** The lead deputy rated the answers of a round. Published inside the changing transaction. */
public record SuggestionRated(SuggestionId id, PersonId deputy, Rating rating, int round, LocalDate ratedOn) {
}
