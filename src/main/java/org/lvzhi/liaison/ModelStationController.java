package org.lvzhi.liaison;

import org.lvzhi.platform.Moves;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Model stations: applications with their scores, survey visits, designations and withdrawals. */
@Controller
@RequestMapping("/liaison/models")
@PreAuthorize("@liaisonAccess.isOffice(authentication)")
class ModelStationController {

	private final ModelStations models;
	private final Stations stations;
	private final LiaisonSettings settings;
	private final Clock clock;
	private final LiaisonPicks picks;

	ModelStationController(ModelStations models, Stations stations, LiaisonSettings settings, Clock clock,
			LiaisonPicks picks) {
		this.picks = picks;
		this.models = models;
		this.stations = stations;
		this.settings = settings;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	@GetMapping
	String list(@RequestParam(required = false) ModelStations.State state, @RequestParam(required = false) Integer year,
			Model m) {
		int y = year == null ? 2023 : year;
		m.addAttribute("applications", models.list(state));
		m.addAttribute("visits", models.surveyVisits(y));
		m.addAttribute("year", y);
		m.addAttribute("state", state);
		m.addAttribute("states", ModelStations.State.values());
		m.addAttribute("stationNames", stations.names());
		m.addAttribute("criteria", settings.criteria());
		m.addAttribute("maxScore", settings.maxScore());
		return "liaison/models";
	}

	@PostMapping("/apply")
	String apply(@RequestParam(required = false) String station, @RequestParam(required = false) String statement,
			RedirectAttributes redirect) {
		return Moves.run("/liaison/models", redirect, "liaison.done.saved",
				() -> models.apply(picks.station(station), statement, today()));
	}

	@PostMapping("/{id:\\d+}/score")
	String score(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Authentication user,
			RedirectAttributes redirect) {
		Map<String, Integer> scores = new HashMap<>();
		for (String c : settings.criteria()) {
			String v = form.getFirst("score_" + c);
			try {
				scores.put(c, v == null || v.isBlank() ? null : Integer.valueOf(v.strip()));
			}
			catch (NumberFormatException e) {
				scores.put(c, null);
			}
		}
		return Moves.run("/liaison/models", redirect, "liaison.done.saved",
				() -> models.score(id, user.getName(), scores));
	}

	@PostMapping("/{id:\\d+}/designate")
	String designate(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return Moves.run("/liaison/models", redirect, "liaison.done.saved", () -> models.designate(id, version, today()));
	}

	@PostMapping("/{id:\\d+}/decline")
	String decline(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return Moves.run("/liaison/models", redirect, "liaison.done.saved", () -> models.decline(id, version, today()));
	}

	@PostMapping("/{id:\\d+}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return Moves.run("/liaison/models", redirect, "liaison.done.saved",
				() -> models.withdraw(id, version, reason, today()));
	}

	@PostMapping("/visits")
	String visit(@RequestParam(required = false) String station,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String findings, Authentication user, RedirectAttributes redirect) {
		return Moves.run("/liaison/models", redirect, "liaison.done.saved",
				() -> models.recordSurveyVisit(picks.station(station), on, findings, user.getName()));
	}
}
