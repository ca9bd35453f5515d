package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;

/** The office assigned a suggestion to handling units. Published inside the changing transaction. */
public record SuggestionAssigned(SuggestionId id, List<OrganizationId> answeringUnits, List<OrganizationId> coHandlingUnits, LocalDate assignedOn, LocalDate answerDue) {
}
