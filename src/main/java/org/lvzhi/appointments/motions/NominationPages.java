package org.lvzhi.appointments.motions;

import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.appointments.NominationId;
import org.lvzhi.appointments.rules.AppointmentsAccess;
import org.lvzhi.appointments.rules.AppointmentsSettings;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.Sittings;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.WordDocuments;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One nominee: the person's record as the members read it before the sitting (name, sex,
 * ethnicity, occupation and the posts held; never an ID number or a telephone), the statement, the
 * vote's result, and for a passed appointment the letter and the oath.
 */
@Controller
class NominationPages {

	private final MotionStore store;
	private final MotionReads reads;
	private final MotionService motions;
	private final LetterOfAppointment letters;
	private final AppointmentsAccess access;
	private final AppointmentsSettings settings;
	private final Directory directory;
	private final Sittings sittings;
	private final Deadlines deadlines;

	NominationPages(MotionStore store, MotionReads reads, MotionService motions, LetterOfAppointment letters,
			AppointmentsAccess access, AppointmentsSettings settings, Directory directory, Sittings sittings,
			Deadlines deadlines) {
		this.store = store;
		this.reads = reads;
		this.motions = motions;
		this.letters = letters;
		this.access = access;
		this.settings = settings;
		this.directory = directory;
		this.sittings = sittings;
		this.deadlines = deadlines;
	}

	@GetMapping("/appointments/nominations/{id:\\d+}")
	@PreAuthorize("@appointmentsAccess.isReader(authentication)")
	String nomination(@PathVariable long id, Authentication user, Model model) {
		MotionReads.Named n = named(id);
		PersonId person = new PersonId(n.n().personId());
		model.addAttribute("x", n);
		model.addAttribute("person", directory.person(person).orElse(null));
		model.addAttribute("posts", directory.membershipsOf(person));
		LocalDate day = n.motion().sittingDay();
		model.addAttribute("sitting", day == null ? null
				: sittings.inYear(SittingKind.STANDING_COMMITTEE, day.getYear()).stream()
					.filter(s -> s.heldOn().equals(day)).findFirst().orElse(null));
		model.addAttribute("office", access.isOffice(user));
		model.addAttribute("today", deadlines.today());
		model.addAttribute("oathText", settings.oathText());
		return "appointments/nomination";
	}

	@PostMapping("/appointments/nominations/{id:\\d+}/statement")
	@PreAuthorize("@appointmentsAccess.isOffice(authentication)")
	String statement(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String statement, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "appointments.flash.statement",
				Map.of("statement", statement == null ? "" : statement),
				() -> motions.statement(new NominationId(id), version, statement));
	}

	@PostMapping("/appointments/nominations/{id:\\d+}/letter")
	@PreAuthorize("@appointmentsAccess.isOffice(authentication)")
	String letter(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "appointments.flash.letter",
				() -> motions.issueLetter(new NominationId(id), version, on));
	}

	@PostMapping("/appointments/nominations/{id:\\d+}/oath")
	@PreAuthorize("@appointmentsAccess.isOffice(authentication)")
	String oath(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String witnesses, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "appointments.flash.oath",
				Map.of("witnesses", witnesses == null ? "" : witnesses, "oathOn", on == null ? "" : on.toString()),
				() -> motions.recordOath(new NominationId(id), version, on, witnesses, text));
	}

	@GetMapping("/appointments/nominations/{id:\\d+}/letter.docx")
	@PreAuthorize("@appointmentsAccess.isOffice(authentication)")
	ResponseEntity<byte[]> letterFile(@PathVariable long id) {
		return download(letters.docx(issued(id)));
	}

	@GetMapping("/appointments/nominations/{id:\\d+}/letter.pdf")
	@PreAuthorize("@appointmentsAccess.isOffice(authentication)")
	ResponseEntity<byte[]> letterPdf(@PathVariable long id) {
		return download(letters.pdf(issued(id)));
	}

	/** A nomination whose letter has been issued; any other is not found. */
	private MotionReads.Named issued(long id) {
		MotionReads.Named n = named(id);
		if (n.n().letterNumber() == null) {
			throw Moves.notFound();
		}
		return n;
	}

	private static ResponseEntity<byte[]> download(LetterOfAppointment.File file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, WordDocuments.attachment(file.name()))
			.contentType(MediaType.parseMediaType(file.type()))
			.body(file.bytes());
	}

	private MotionReads.Named named(long id) {
		NominationRow row = store.nomination(id).orElseThrow(Moves::notFound);
		return reads.named(java.util.List.of(row)).get(0);
	}

	private static String back(long id) {
		return "/appointments/nominations/" + id;
	}
}
