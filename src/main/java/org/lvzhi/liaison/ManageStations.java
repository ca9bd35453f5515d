package org.lvzhi.liaison;

import java.util.List;

import org.lvzhi.directory.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deputies' affairs office registers a station, edits it and assigns its deputies. */
@Service
public class ManageStations {

	private final StationRegistry registry;

	ManageStations(StationRegistry registry) {
		this.registry = registry;
	}

	@Transactional
	public StationId register(StationDetails details, List<PersonId> deputies) {
		return registry.insert(details, deputies, true);
	}

	/** @throws org.springframework.dao.OptimisticLockingFailureException when it was saved in between */
	@Transactional
	public void edit(StationId id, int version, StationDetails details) {
		registry.update(id, version, details);
	}

	/** Replaces the station's deputies (any of the five levels). */
	@Transactional
	public void assignDeputies(StationId id, int version, List<PersonId> deputies) {
		registry.assign(id, version, deputies);
	}
}
