package org.lvzhi.liaison.intake;

import java.time.Clock;
import java.time.LocalDate;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonView;
import org.lvzhi.liaison.DeputyIntakeCodes;
import org.lvzhi.liaison.LiaisonSettings;
import org.lvzhi.liaison.Opinion;
import org.lvzhi.liaison.Opinions;
import org.lvzhi.liaison.ReceiveOpinion;
import org.lvzhi.liaison.ReceptionDays;
import org.lvzhi.liaison.RecordFeedback;
import org.lvzhi.liaison.Station;
import org.lvzhi.liaison.StationId;
import org.lvzhi.liaison.StationKind;
import org.lvzhi.liaison.StationQuery;
import org.lvzhi.liaison.Stations;
import org.lvzhi.liaison.web.DeputyNames;
import org.lvzhi.platform.AbuseControl;
import org.lvzhi.platform.AbuseControl.Outcome;
import org.lvzhi.platform.AnonymousForm;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public side, without an account: station pages and reception-day announcements, the mobile
 * form a QR code opens, and the tracking page. None of them shows a constituent's name or phone.
 * The form is guarded by the platform's abuse controls, with an allowance per code and client.
 */
@Controller
@RequestMapping("/public/liaison")
@PreAuthorize("permitAll()")
class PublicLiaisonController {

	private final Stations stations;
	private final ReceptionDays days;
	private final Opinions opinions;
	private final DeputyIntakeCodes deputyCodes;
	private final LeaveOpinionOnline leave;
	private final RecordFeedback feedback;
	private final LiaisonSettings settings;
	private final Directory directory;
	private final DeputyNames deputyNames;
	private final Clock clock;
	private final AbuseControl abuse;
	private final AnonymousForm form;
	private final IntakeTargets targets;

	PublicLiaisonController(Stations stations, ReceptionDays days, Opinions opinions, DeputyIntakeCodes deputyCodes,
			LeaveOpinionOnline leave, RecordFeedback feedback, LiaisonSettings settings, Directory directory, DeputyNames deputyNames,
			Clock clock, AbuseControl abuse) {
		this.abuse = abuse;
		this.form = new AnonymousForm("liaison.intake", settings.intakePerHour());
		this.stations = stations;
		this.days = days;
		this.opinions = opinions;
		this.deputyCodes = deputyCodes;
		this.leave = leave;
		this.feedback = feedback;
		this.settings = settings;
		this.directory = directory;
		this.deputyNames = deputyNames;
		this.clock = clock;
		this.targets = new IntakeTargets(code -> stations.byIntakeCode(code).map(Station::name)
			.or(() -> deputyCodes.deputyOf(code).flatMap(directory::person).map(PersonView::name)));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	@GetMapping("/stations")
	String stations(@RequestParam(required = false) String district, @RequestParam(required = false) StationKind kind,
			@RequestParam(required = false) String name, @RequestParam(required = false) Integer page, Model m) {
		StationQuery q = new StationQuery(name, kind, district == null || district.isBlank() ? null : district, null, null);
		m.addAttribute("query", q);
		m.addAttribute("page", stations.find(q, Page.number(page), Page.DEFAULT_SIZE));
		m.addAttribute("districts", settings.districts());
		m.addAttribute("kinds", StationKind.values());
		return "liaison/public-stations";
	}

	@GetMapping("/stations/{id:\\d+}")
	String station(@PathVariable long id, Model m) {
		Station s = stations.get(new StationId(id)).orElseThrow(Moves::notFound);
		m.addAttribute("s", s);
		m.addAttribute("deputyNames", deputyNames.of(s.deputies()));
		m.addAttribute("announced", days.announced(s.id(), today(), 20));
		return "liaison/public-station";
	}

	@GetMapping("/receptions")
	String receptions(Model m) {
		var announced = days.announced(null, today(), 100);
		m.addAttribute("announced", announced);
		m.addAttribute("stationNames", stations.names());
		m.addAttribute("deputyNames", deputyNames.of(announced.stream().flatMap(d -> d.deputies().stream()).toList()));
		return "liaison/public-receptions";
	}

	@GetMapping("/intake/{code}")
	String intake(@PathVariable String code, Model m) {
		m.addAttribute("target", target(code));
		m.addAttribute("code", code);
		m.addAttribute("categories", settings.categories());
		m.addAttribute("guard", abuse.guard(form));
		return "liaison/intake";
	}

	/** The station's or the deputy's name the code belongs to. */
	private String target(String code) {
		return targets.name(code).orElseThrow(Moves::notFound);
	}

	@PostMapping("/intake/{code}")
	String leave(@PathVariable String code, LeaveOpinionOnline.Form opinion, HttpServletRequest request, Model m,
			RedirectAttributes redirect) {
		// An unknown code is a 404 before anything is taken from the visitor's allowance.
		String target = target(code);
		try {
			return abuse.submit(form, code, request, redirect, () -> {
				ReceiveOpinion.Received r = leave.leave(code, opinion, today());
				return Outcome.redirectTo("/public/liaison/intake/" + code + "/done").with("trackingCode", r.trackingCode())
					.tracked(r.trackingCode());
			});
		}
		catch (DomainException e) {
			m.addAttribute("errorKey", e.messageKey());
			m.addAttribute("errorArgs", e.args());
			m.addAttribute("form", opinion);
			m.addAttribute("target", target);
			m.addAttribute("code", code);
			m.addAttribute("categories", settings.categories());
			m.addAttribute("guard", abuse.guard(form));
			return "liaison/intake";
		}
	}

	@GetMapping("/intake/{code}/done")
	String done(@PathVariable String code, Model m) {
		m.addAttribute("target", target(code));
		return "liaison/intake-done";
	}

	@GetMapping("/track")
	String track(@RequestParam(required = false) String code, Model m) {
		m.addAttribute("code", code);
		if (code != null && !code.isBlank()) {
			Opinion o = opinions.byTrackingCode(code).orElse(null);
			m.addAttribute("o", o);
			m.addAttribute("notFound", o == null);
			if (o != null && o.station() != null) {
				m.addAttribute("stationName", stations.get(o.station()).map(Station::name).orElse(null));
			}
		}
		return "liaison/track";
	}

	@PostMapping("/track/feedback")
	String feedback(@RequestParam String code, @RequestParam boolean solved,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		String back = "/public/liaison/track?code=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
		return Moves.run(back, redirect, "liaison.done.thanks", () -> feedback.byCode(code, solved, comment, today()));
	}

}
