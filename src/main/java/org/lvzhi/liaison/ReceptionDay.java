package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;

/**
 * A reception day at a station.
 *
 * @param announcedOn the day it was put on the public pages
 * @param deputies the deputies scheduled to receive constituents
 * @param present the deputies who came (each one a duty visit), once recorded
 */
public record ReceptionDay(ReceptionDayId id, StationId station, LocalDate heldOn, String hours, String topic,
		LocalDate announcedOn, ReceptionDayState state, int constituentsReceived, int version, List<PersonId> deputies,
		List<PersonId> present) {

	public ReceptionDay {
		deputies = List.copyOf(deputies);
		present = List.copyOf(present);
	}
}
