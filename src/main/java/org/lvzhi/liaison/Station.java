package org.lvzhi.liaison;

import java.util.List;

import org.lvzhi.directory.PersonId;

/**
 * A place of the network as everybody may see it. The contact is the station's own (its keeper and
 * phone), not a constituent's.
 *
 * @param intakeCode the unguessable part of the station's QR-code link
 * @param model designated a model station (示范型)
 */
public record Station(StationId id, String name, StationKind kind, String district, String street, String address,
		String openingRules, String contactName, String contactPhone, String intakeCode, boolean model, int version,
		List<PersonId> deputies) {

	public Station {
		deputies = List.copyOf(deputies);
	}
}
