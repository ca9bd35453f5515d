package org.lvzhi.liaison.web;

import org.lvzhi.directory.PersonId;
import org.lvzhi.liaison.Opinion;
import org.lvzhi.liaison.StationId;
import org.lvzhi.liaison.Stations;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what at the stations, for {@code @PreAuthorize} expressions and pages. The
 * deputies' affairs office (代表工委) manages the whole network; a deputy keeps the stations she is
 * assigned to: schedules and records their reception days and handles their opinions. Who sees a
 * constituent's name and phone is {@code ConstituentContacts}' to say (the commission's staff only).
 */
@Component("liaisonAccess")
public class LiaisonAccess {

	public static final String DEPUTY_AFFAIRS = "DEPUTY_AFFAIRS";

	private final Stations stations;

	LiaisonAccess(Stations stations) {
		this.stations = stations;
	}

	public boolean isOffice(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || (Roles.has(user, Roles.STAFF) && Roles.inOffice(user, DEPUTY_AFFAIRS));
	}

	public boolean isDeputy(Authentication user) {
		return Roles.has(user, Roles.DEPUTY) && person(user) != null;
	}

	public boolean isOfficeOrDeputy(Authentication user) {
		return isOffice(user) || isDeputy(user);
	}

	public static PersonId person(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		return u == null || u.personId() == null ? null : new PersonId(u.personId());
	}

	/** The office, or a deputy assigned to the station. */
	public boolean keeps(Authentication user, StationId station) {
		if (isOffice(user)) {
			return true;
		}
		PersonId p = person(user);
		return isDeputy(user) && station != null && stations.stationIdsOf(p).contains(station.value());
	}

	/** The office, a deputy of the opinion's station, or a deputy the opinion was left for. */
	public boolean canOpen(Authentication user, Opinion o) {
		if (keeps(user, o.station())) {
			return true;
		}
		PersonId p = person(user);
		return isDeputy(user) && o.deputies().contains(p) && o.station() == null;
	}

	/** The deputy's own scope for lists, or {@code null} for the office (everything). */
	public Long scope(Authentication user) {
		return isOffice(user) ? null : person(user) == null ? -1L : person(user).value();
	}
}
