package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.RosterRow;

/**
 * The Taiyuan directory as plain data, before anything is written: the same seed gives an equal
 * plan, which is what makes the demo world reproducible.
 *
 * @param bodies in creation order, parents first
 * @param roster the deputies of all five levels
 * @param appointments posts given to deputies of the roster, matched by ID number
 * @param officials persons who are not deputies, with the post they hold
 */
record TaiyuanPlan(List<Body> bodies, List<RosterRow> roster, List<Appointment> appointments,
		List<Official> officials) {

	record Body(String name, Classification classification, String parent, DeputyLevel level, Integer term,
			String area, LocalDate founded) {
	}

	record Appointment(String idNumber, String body, MembershipRole role, String label, LocalDate start) {
	}

	record Official(PersonDetails person, String body, MembershipRole role, String label, LocalDate start) {
	}

	long deputies(DeputyLevel level) {
		return roster.stream().filter(r -> r.level() == level).count();
	}
}
