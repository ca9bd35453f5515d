package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;

/** A unit answered; {@code complete} when every answering unit has answered the round. Published inside the changing transaction. */
public record SuggestionAnswered(SuggestionId id, OrganizationId unit, AnswerCategory category, int round, LocalDate answeredOn, boolean complete) {
}
