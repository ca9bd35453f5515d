package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;

/**
 * A constituent's opinion was logged, at a reception day or through online intake. {@code deputies}
 * are the deputies who received it (may be empty for an opinion left for a station as a whole);
 * {@code station} is {@code null} when it was left for a deputy directly. The subject carries no
 * personal data of the constituent.
 */
public record OpinionCollected(OpinionId opinion, StationId station, List<PersonId> deputies, LocalDate receivedOn,
		String subject) {

	public OpinionCollected {
		deputies = List.copyOf(deputies);
	}
}
