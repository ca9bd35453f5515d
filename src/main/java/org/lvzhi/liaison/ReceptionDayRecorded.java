package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;

/**
 * The attendance of a reception day was recorded: each deputy present made one duty visit, and the
 * day received {@code constituentsReceived} constituents. Published inside the changing transaction
 * each time the attendance is recorded or corrected; a later event for the same day replaces the
 * earlier one.
 */
public record ReceptionDayRecorded(ReceptionDayId day, StationId station, String stationName, LocalDate heldOn,
		List<PersonId> deputiesPresent, int constituentsReceived) {

	public ReceptionDayRecorded {
		deputiesPresent = List.copyOf(deputiesPresent);
	}
}
