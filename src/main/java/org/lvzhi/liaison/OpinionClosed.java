package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;

/**
 * An opinion was closed; {@code solved} tells whether it counts as a problem solved (问题解决).
 * Published inside the changing transaction.
 */
public record OpinionClosed(OpinionId opinion, List<PersonId> deputies, boolean solved, LocalDate closedOn) {

	public OpinionClosed {
		deputies = List.copyOf(deputies);
	}
}
