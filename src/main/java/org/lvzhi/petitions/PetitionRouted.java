package org.lvzhi.petitions;

import java.time.LocalDate;

/**
 * A petition was routed; published in the routing transaction. Carries the matter's number and
 * subject for the body it was handed to, never the petitioner's name or contacts.
 *
 * @param bodyId the directory record of the body the matter was handed to, or {@code null} when
 *        the route hands nothing over (自办, 涉法涉诉) or the body is not in the directory
 * @param due the day the body must report back by, or {@code null}
 */
public record PetitionRouted(PetitionId petition, Route route, String body, Long bodyId, String number,
		String subject, LocalDate due, LocalDate on) {
}
