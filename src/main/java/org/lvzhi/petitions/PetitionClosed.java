package org.lvzhi.petitions;

import java.time.LocalDate;

/** A petition reached its final answer or was closed; carries no personal data. */
public record PetitionClosed(PetitionId petition, LocalDate on) {
}
