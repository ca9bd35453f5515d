package org.lvzhi.petitions;

import java.time.LocalDate;

/** A petition was routed; published in the routing transaction. Carries no personal data. */
public record PetitionRouted(PetitionId petition, Route route, String body, LocalDate on) {
}
