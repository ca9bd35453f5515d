package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;

/**
 * An opinion as it is logged: at a reception day ({@code day} set) or online.
 *
 * @param station the station it was left at or for, {@code null} when left for a deputy directly
 * @param deputies the deputies who received it
 * @param constituentName who raised it (personal data, may be empty)
 * @param constituentPhone how to reach them (personal data, may be empty)
 * @param subject the matter in a line; the public tracking page shows it
 */
public record NewOpinion(OpinionSource source, StationId station, ReceptionDayId day, List<PersonId> deputies,
		LocalDate receivedOn, String constituentName, String constituentPhone, String subject, String body,
		String category, String place) {

	public NewOpinion {
		deputies = deputies == null ? List.of() : List.copyOf(deputies);
	}
}
