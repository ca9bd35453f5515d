package org.lvzhi.liaison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonView;
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

/**
 * The public side, without an account: station pages and reception-day announcements, the mobile
 * form a QR code opens, and the tracking page. None of them shows a constituent's name or phone.
 */
@Controller
@RequestMapping("/public/liaison")
@PreAuthorize("permitAll()")
class PublicLiaisonController {

	static final String QUESTION = "liaison.intake.answer";

	private final Stations stations;
	private final ReceptionDays days;
	private final Opinions opinions;
	private final DeputyIntakeCodes deputyCodes;
	private final LeaveOpinionOnline leave;
	private final RecordFeedback feedback;
	private final LiaisonSettings settings;
	private final Directory directory;
	private final Pages pages;
	private final Clock clock;

	PublicLiaisonController(Stations stations, ReceptionDays days, Opinions opinions, DeputyIntakeCodes deputyCodes,
			LeaveOpinionOnline leave, RecordFeedback feedback, LiaisonSettings settings, Directory directory, Pages pages,
			Clock clock) {
		this.stations = stations;
		this.days = days;
		this.opinions = opinions;
		this.deputyCodes = deputyCodes;
		this.leave = leave;
		this.feedback = feedback;
		this.settings = settings;
		this.directory = directory;
		this.pages = pages;
		this.clock = clock;
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
		Station s = stations.get(new StationId(id)).orElseThrow(Pages::notFound);
		m.addAttribute("s", s);
		m.addAttribute("deputyNames", pages.names(s.deputies()));
		m.addAttribute("announced", days.announced(s.id(), today(), 20));
		return "liaison/public-station";
	}

	@GetMapping("/receptions")
	String receptions(Model m) {
		var announced = days.announced(null, today(), 100);
		m.addAttribute("announced", announced);
		m.addAttribute("stationNames", stations.names());
		m.addAttribute("deputyNames", pages.names(announced.stream().flatMap(d -> d.deputies().stream()).toList()));
		return "liaison/public-receptions";
	}

	@GetMapping("/intake/{code}")
	String intake(@PathVariable String code, HttpSession session, Model m) {
		m.addAttribute("target", target(code));
		m.addAttribute("code", code);
		m.addAttribute("categories", settings.categories());
		question(session, m);
		return "liaison/intake";
	}

	private void question(HttpSession session, Model m) {
		int a = ThreadLocalRandom.current().nextInt(1, 10);
		int b = ThreadLocalRandom.current().nextInt(1, 10);
		session.setAttribute(QUESTION, a + b);
		m.addAttribute("a", a);
		m.addAttribute("b", b);
	}

	/** The station's or the deputy's name the code belongs to. */
	private String target(String code) {
		return stations.byIntakeCode(code).map(Station::name)
			.or(() -> deputyCodes.deputyOf(code).flatMap(directory::person).map(PersonView::name))
			.orElseThrow(Pages::notFound);
	}

	@PostMapping("/intake/{code}")
	String leave(@PathVariable String code, LeaveOpinionOnline.Form form, @RequestParam(required = false) String website,
			@RequestParam(required = false) Integer answer, HttpSession session, HttpServletRequest request, Model m,
			RedirectAttributes redirect) {
		String target = target(code);
		Object expected = session.getAttribute(QUESTION);
		session.removeAttribute(QUESTION);
		try {
			// A filled hidden field or a wrong sum: most likely a robot.
			if ((website != null && !website.isEmpty()) || expected == null || !expected.equals(answer)) {
				throw new LiaisonException("liaison.error.antiSpam");
			}
			ReceiveOpinion.Received r = leave.leave(code, form, request.getRemoteAddr(), today());
			redirect.addFlashAttribute("trackingCode", r.trackingCode());
			return "redirect:/public/liaison/intake/" + code + "/done";
		}
		catch (LiaisonException e) {
			m.addAttribute("errorKey", e.messageKey());
			m.addAttribute("errorArgs", e.args());
			m.addAttribute("form", form);
			m.addAttribute("target", target);
			m.addAttribute("code", code);
			m.addAttribute("categories", settings.categories());
			question(session, m);
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
		return Pages.run(back, redirect, "liaison.done.thanks", () -> feedback.byCode(code, solved, comment, today()));
	}

}
