package org.lvzhi.liaison;

import java.io.ByteArrayOutputStream;

import org.lvzhi.directory.PersonId;
import org.lvzhi.liaison.web.DeputyNames;
import org.lvzhi.liaison.web.LiaisonAccess;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.QrCodes;
import org.lvzhi.platform.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The station registry for the office (a deputy sees her own stations), a station's page with its
 * deputies and printable QR code, and the deputies' own QR codes.
 */
@Controller
@RequestMapping("/liaison")
class StationController {

	private final Stations stations;
	private final ManageStations manage;
	private final DeputyIntakeCodes deputyCodes;
	private final LiaisonAccess access;
	private final LiaisonSettings settings;
	private final DeputyNames deputyNames;
	private final MessageSource messages;
	private final LiaisonPicks picks;

	StationController(Stations stations, ManageStations manage, DeputyIntakeCodes deputyCodes, LiaisonAccess access,
			LiaisonSettings settings, DeputyNames deputyNames, MessageSource messages, LiaisonPicks picks) {
		this.picks = picks;
		this.stations = stations;
		this.manage = manage;
		this.deputyCodes = deputyCodes;
		this.access = access;
		this.settings = settings;
		this.deputyNames = deputyNames;
		this.messages = messages;
	}

	private StationQuery query(String name, StationKind kind, String district, Boolean model, Authentication user) {
		return new StationQuery(name, kind, district == null || district.isBlank() ? null : district, model,
				access.scope(user));
	}

	@GetMapping("/stations")
	@PreAuthorize("@liaisonAccess.isOfficeOrDeputy(authentication)")
	String list(@RequestParam(required = false) String name, @RequestParam(required = false) StationKind kind,
			@RequestParam(required = false) String district, @RequestParam(required = false) Boolean model,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Authentication user, Model m) {
		StationQuery q = query(name, kind, district, model, user);
		m.addAttribute("query", q);
		m.addAttribute("page", stations.find(q, Page.number(page), Page.size(size)));
		m.addAttribute("kinds", StationKind.values());
		m.addAttribute("districts", settings.districts());
		m.addAttribute("office", access.isOffice(user));
		PersonId me = access.isDeputy(user) ? LiaisonAccess.person(user) : null;
		m.addAttribute("myCode", me == null ? null : deputyCodes.codeFor(me));
		m.addAttribute("me", me);
		return "liaison/stations";
	}

	@GetMapping("/stations/export.xlsx")
	@PreAuthorize("@liaisonAccess.isOfficeOrDeputy(authentication)")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String name,
			@RequestParam(required = false) StationKind kind, @RequestParam(required = false) String district,
			@RequestParam(required = false) Boolean model, Authentication user) {
		var locale = LocaleContextHolder.getLocale();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Spreadsheet sheet = new Spreadsheet(messages.getMessage("liaison.stations.title", null, locale),
				java.util.stream.Stream.of("name", "kind", "district", "street", "address", "openingRules", "contactName",
						"contactPhone", "model")
					.map(k -> messages.getMessage("liaison.field." + k, null, locale)).toList())) {
			for (Station s : stations.all(query(name, kind, district, model, user))) {
				sheet.row(s.name(), messages.getMessage("liaison.kind." + s.kind(), null, locale), s.district(), s.street(),
						s.address(), s.openingRules(), s.contactName(), s.contactPhone(),
						messages.getMessage(s.model() ? "liaison.yes" : "liaison.no", null, locale));
			}
			sheet.writeTo(out);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("stations.xlsx").build().toString())
			.contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE)).body(out.toByteArray());
	}

	@GetMapping("/stations/new")
	@PreAuthorize("@liaisonAccess.isOffice(authentication)")
	String form(Model m) {
		m.addAttribute("kinds", StationKind.values());
		m.addAttribute("districts", settings.districts());
		return "liaison/station-form";
	}

	@PostMapping("/stations")
	@PreAuthorize("@liaisonAccess.isOffice(authentication)")
	String register(StationForm form, RedirectAttributes redirect, Model m) {
		try {
			StationId id = manage.register(form.details(), picks.persons(form.deputies()));
			redirect.addFlashAttribute("successKey", "liaison.done.stationRegistered");
			return "redirect:/liaison/stations/" + id.value();
		}
		catch (LiaisonException e) {
			m.addAttribute("errorKey", e.messageKey());
			m.addAttribute("errorArgs", e.args());
			m.addAttribute("form", form);
			return form(m);
		}
	}

	@GetMapping("/stations/{id:\\d+}")
	@PreAuthorize("@liaisonAccess.isOfficeOrDeputy(authentication)")
	String show(@PathVariable long id, Authentication user, Model m) {
		Station s = stations.get(new StationId(id)).orElseThrow(Moves::notFound);
		if (!access.keeps(user, s.id())) {
			throw Moves.notFound();
		}
		m.addAttribute("s", s);
		m.addAttribute("deputyNames", deputyNames.of(s.deputies()));
		m.addAttribute("deputiesValue", picks.personsValue(s.deputies()));
		m.addAttribute("kinds", StationKind.values());
		m.addAttribute("districts", settings.districts());
		m.addAttribute("office", access.isOffice(user));
		m.addAttribute("intakeUrl", intakeUrl(s.intakeCode()));
		return "liaison/station";
	}

	@PostMapping("/stations/{id:\\d+}/edit")
	@PreAuthorize("@liaisonAccess.isOffice(authentication)")
	String edit(@PathVariable long id, @RequestParam int version, StationForm form, RedirectAttributes redirect) {
		return Moves.run("/liaison/stations/" + id, redirect, "liaison.done.saved",
				() -> manage.edit(new StationId(id), version, form.details()));
	}

	@PostMapping("/stations/{id:\\d+}/deputies")
	@PreAuthorize("@liaisonAccess.isOffice(authentication)")
	String deputies(@PathVariable long id, @RequestParam int version, StationForm form, RedirectAttributes redirect) {
		return Moves.run("/liaison/stations/" + id, redirect, "liaison.done.saved",
				() -> manage.assignDeputies(new StationId(id), version, picks.persons(form.deputies())));
	}

	@GetMapping(value = "/stations/{id:\\d+}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@PreAuthorize("@liaisonAccess.isOfficeOrDeputy(authentication)")
	ResponseEntity<byte[]> stationQr(@PathVariable long id, Authentication user) {
		Station s = stations.get(new StationId(id)).orElseThrow(Moves::notFound);
		if (!access.keeps(user, s.id())) {
			throw Moves.notFound();
		}
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrCodes.png(intakeUrl(s.intakeCode()), 360));
	}

	@GetMapping(value = "/deputies/{person:\\d+}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@PreAuthorize("@liaisonAccess.isOfficeOrDeputy(authentication)")
	ResponseEntity<byte[]> deputyQr(@PathVariable long person, Authentication user) {
		PersonId p = new PersonId(person);
		if (!access.isOffice(user) && !p.equals(LiaisonAccess.person(user))) {
			throw Moves.notFound();
		}
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrCodes.png(intakeUrl(deputyCodes.codeFor(p)), 360));
	}

	static String intakeUrl(String code) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/liaison/intake/{code}")
			.buildAndExpand(code).toUriString();
	}

	/** The station form; deputies are picked by name ({@code 姓名 #编号}), separated by 、 or commas. */
	record StationForm(String name, StationKind kind, String district, String street, String address,
			String openingRules, String contactName, String contactPhone, String deputies) {

		StationDetails details() {
			return new StationDetails(name, kind, district, street, address, openingRules, contactName, contactPhone);
		}
	}
}
