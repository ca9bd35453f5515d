package org.lvzhi.liaison.receptions;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;
import org.lvzhi.liaison.LiaisonException;
import org.lvzhi.liaison.LiaisonSettings;
import org.lvzhi.liaison.NewOpinion;
import org.lvzhi.liaison.OpinionSource;
import org.lvzhi.liaison.Opinions;
import org.lvzhi.liaison.ReceiveOpinion;
import org.lvzhi.liaison.ReceptionDay;
import org.lvzhi.liaison.ReceptionDayId;
import org.lvzhi.liaison.ReceptionDayState;
import org.lvzhi.liaison.ReceptionDays;
import org.lvzhi.liaison.RecordReceptionDay;
import org.lvzhi.liaison.ScheduleReceptionDay;
import org.lvzhi.liaison.Station;
import org.lvzhi.liaison.StationId;
import org.lvzhi.liaison.Stations;
import org.lvzhi.liaison.web.DeputyNames;
import org.lvzhi.liaison.web.LiaisonAccess;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Reception days: the list, scheduling (office or the station's deputies), and a day's page where
 * its attendance and the opinions raised are recorded.
 */
@Controller
@RequestMapping("/liaison/receptions")
@PreAuthorize("@liaisonAccess.isOfficeOrDeputy(authentication)")
class ReceptionController {

	private final ReceptionDays days;
	private final Stations stations;
	private final Opinions opinions;
	private final ScheduleReceptionDay schedule;
	private final RecordReceptionDay record;
	private final ReceiveOpinion receive;
	private final LiaisonAccess access;
	private final LiaisonSettings settings;
	private final DeputyNames deputyNames;
	private final MessageSource messages;
	private final Clock clock;

	ReceptionController(ReceptionDays days, Stations stations, Opinions opinions, ScheduleReceptionDay schedule,
			RecordReceptionDay record, ReceiveOpinion receive, LiaisonAccess access, LiaisonSettings settings,
			DeputyNames deputyNames, MessageSource messages, Clock clock) {
		this.days = days;
		this.stations = stations;
		this.opinions = opinions;
		this.schedule = schedule;
		this.record = record;
		this.receive = receive;
		this.access = access;
		this.settings = settings;
		this.deputyNames = deputyNames;
		this.messages = messages;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private ReceptionDays.Query query(Long station, String district, ReceptionDayState state, LocalDate from,
			LocalDate to, Authentication user) {
		Long scope = access.scope(user);
		return new ReceptionDays.Query(station, district == null || district.isBlank() ? null : district, state, from, to,
				scope == null ? null : stations.stationIdsOf(new PersonId(scope)));
	}

	@GetMapping
	String list(@RequestParam(required = false) Long station, @RequestParam(required = false) String district,
			@RequestParam(required = false) ReceptionDayState state,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Authentication user, Model m) {
		ReceptionDays.Query q = query(station, district, state, from, to, user);
		m.addAttribute("query", q);
		m.addAttribute("page", days.find(q, Page.number(page), Page.size(size)));
		m.addAttribute("states", ReceptionDayState.values());
		m.addAttribute("districts", settings.districts());
		m.addAttribute("stationNames", stations.names());
		return "liaison/receptions";
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long station,
			@RequestParam(required = false) String district, @RequestParam(required = false) ReceptionDayState state,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication user) {
		var names = stations.names();
		var locale = LocaleContextHolder.getLocale();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Spreadsheet sheet = new Spreadsheet(messages.getMessage("liaison.receptions.title", null, locale),
				java.util.stream.Stream.of("station", "heldOn", "hours", "topic", "announcedOn", "dayState", "constituents")
					.map(k -> messages.getMessage("liaison.field." + k, null, locale)).toList())) {
			for (ReceptionDay d : days.all(query(station, district, state, from, to, user))) {
				sheet.row(names.get(d.station().value()), d.heldOn(), d.hours(), d.topic(), d.announcedOn(),
						messages.getMessage("liaison.day.state." + d.state(), null, locale), d.constituentsReceived());
			}
			sheet.writeTo(out);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("reception-days.xlsx").build().toString())
			.contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE)).body(out.toByteArray());
	}

	@GetMapping("/new")
	String form(@RequestParam long station, Authentication user, Model m) {
		Station s = kept(station, user);
		m.addAttribute("s", s);
		m.addAttribute("deputyNames", deputyNames.of(s.deputies()));
		m.addAttribute("earliest", today().plusDays(settings.announceDays()));
		return "liaison/reception-form";
	}

	@PostMapping
	String schedule(@RequestParam long station,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String hours, @RequestParam(required = false) String topic,
			@RequestParam(required = false) List<Long> deputies, Authentication user, RedirectAttributes redirect) {
		kept(station, user);
		List<PersonId> chosen = deputies == null ? List.of() : deputies.stream().map(PersonId::new).toList();
		try {
			ReceptionDayId id = schedule.schedule(new StationId(station), heldOn, hours, topic, chosen, today());
			redirect.addFlashAttribute("successKey", "liaison.done.scheduled");
			return "redirect:/liaison/receptions/" + id.value();
		}
		catch (LiaisonException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
			return "redirect:/liaison/receptions/new?station=" + station;
		}
	}

	private Station kept(long station, Authentication user) {
		Station s = stations.get(new StationId(station)).orElseThrow(Moves::notFound);
		if (!access.keeps(user, s.id())) {
			throw Moves.notFound();
		}
		return s;
	}

	private ReceptionDay day(long id, Authentication user) {
		ReceptionDay d = days.get(new ReceptionDayId(id)).orElseThrow(Moves::notFound);
		if (!access.keeps(user, d.station())) {
			throw Moves.notFound();
		}
		return d;
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Authentication user, Model m) {
		ReceptionDay d = day(id, user);
		m.addAttribute("d", d);
		m.addAttribute("station", stations.get(d.station()).orElseThrow());
		m.addAttribute("deputyNames", deputyNames.of(d.deputies()));
		m.addAttribute("opinions", opinions.ofDay(d.id(), today()));
		m.addAttribute("categories", settings.categories());
		m.addAttribute("today", today());
		return "liaison/reception";
	}

	@PostMapping("/{id:\\d+}/record")
	String record(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) List<Long> present,
			@RequestParam(defaultValue = "0") int constituents, Authentication user, RedirectAttributes redirect) {
		day(id, user);
		List<PersonId> came = present == null ? List.of() : present.stream().map(PersonId::new).toList();
		return Moves.run("/liaison/receptions/" + id, redirect, "liaison.done.recorded",
				() -> record.record(new ReceptionDayId(id), version, came, constituents, today()));
	}

	@PostMapping("/{id:\\d+}/opinions")
	String opinion(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String body, @RequestParam(required = false) String category,
			@RequestParam(required = false) String place, Authentication user, RedirectAttributes redirect) {
		ReceptionDay d = day(id, user);
		List<PersonId> deputies = d.present().isEmpty() ? d.deputies() : d.present();
		return Moves.run("/liaison/receptions/" + id, redirect, "liaison.done.opinionLogged",
				() -> receive.receive(new NewOpinion(OpinionSource.RECEPTION, d.station(), d.id(), deputies, d.heldOn(),
						name, phone, subject, body, category, place)));
	}
}
