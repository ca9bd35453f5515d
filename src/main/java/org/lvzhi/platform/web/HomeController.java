package org.lvzhi.platform.web;

import java.util.Comparator;
import java.util.List;

import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: for a visitor, the public entry points; for a signed-in user, the counts that
 * concern the user's role, each computed from the records now; for a committee member, besides,
 * what is coming to the sittings and what they decided.
 */
@Controller
class HomeController {

	private final List<HomeTile> tiles;
	private final SittingAgenda agenda;

	HomeController(List<HomeTile> tiles, SittingAgenda agenda) {
		this.agenda = agenda;
		this.tiles = tiles.stream().sorted(Comparator.comparingInt(HomeTile::order)).toList();
	}

	@GetMapping("/")
	String home(Authentication user, Model model) {
		Authentication signedIn = LayoutAdvice.currentUser();
		if (signedIn != null) {
			model.addAttribute("tiles", tiles.stream()
				.filter(t -> t.visibleTo(signedIn))
				.map(t -> new TileView(t.labelKey(), t.count(signedIn), t.link(signedIn)))
				.toList());
			if (Roles.has(signedIn, Roles.MEMBER)) {
				model.addAttribute("agenda", agenda.now());
			}
		}
		return "home";
	}

	record TileView(String labelKey, long count, String link) {
	}
}
