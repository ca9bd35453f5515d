package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;

/** The handling ended; {@code implemented} when a B or C answer was carried out. Published inside the changing transaction. */
public record SuggestionClosed(SuggestionId id, boolean implemented, LocalDate closedOn) {
}
