package org.lvzhi.liaison.followup;

import org.lvzhi.liaison.Opinion;
import org.lvzhi.liaison.Opinions;
import org.lvzhi.liaison.Stations;
import org.lvzhi.liaison.web.LiaisonAccess;
import org.lvzhi.petitions.PetitionId;
import org.lvzhi.petitions.Petitions;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where the petition page's link leads: the station's opinion for a readers of the station's work,
 * and, for the petitions office, which does not read the stations' opinions, a page of how the
 * follow-up stands (station, state, answer), which holds no constituent's data.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PetitionFollowUpController {

	private final PetitionFollowUps followUps;
	private final Opinions opinions;
	private final Stations stations;
	private final LiaisonAccess access;
	private final Petitions petitions;

	PetitionFollowUpController(PetitionFollowUps followUps, Opinions opinions, Stations stations, LiaisonAccess access,
			Petitions petitions) {
		this.followUps = followUps;
		this.opinions = opinions;
		this.stations = stations;
		this.access = access;
		this.petitions = petitions;
	}

	@GetMapping("/liaison/opinions/from-petition/{petition:\\d+}")
	String open(@PathVariable long petition, Authentication user, Model m) {
		boolean petitionsOffice = petitions.mayOpen(user);
		if (!petitionsOffice && !access.isOfficeOrDeputy(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		Opinion o = followUps.opinionOf(new PetitionId(petition))
			.flatMap(opinions::get)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (access.canOpen(user, o)) {
			return "redirect:/liaison/opinions/" + o.id().value();
		}
		if (!petitionsOffice) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		m.addAttribute("o", o);
		m.addAttribute("station", o.station() == null ? null : stations.get(o.station()).orElse(null));
		m.addAttribute("petitionPath", Petitions.path(new PetitionId(petition)));
		return "liaison/petition-follow-up";
	}
}
