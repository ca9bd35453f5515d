package org.lvzhi.petitions.web;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lvzhi.petitions.PetitionId;
import org.lvzhi.petitions.PetitionKind;
import org.lvzhi.petitions.ReplyKind;
import org.lvzhi.petitions.Route;
import org.lvzhi.petitions.handling.LiaisonFollowUp;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.PetitionList;
import org.lvzhi.petitions.handling.PetitionMoves;
import org.lvzhi.petitions.handling.PetitionState;
import org.lvzhi.petitions.handling.Timeliness;
import org.lvzhi.petitions.handling.PetitionStore;
import org.lvzhi.petitions.handling.PetitionsOffice;
import org.lvzhi.petitions.routing.PetitionRoutingHints;
import org.lvzhi.petitions.similar.SimilarPetitions;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.StoredFile;
import org.lvzhi.platform.files.AttachmentSettings;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The petitions office's pages: the list, registration, one petition with its moves. */
@Controller
@RequestMapping("/petitions")
@PreAuthorize("@petitionAccess.isOffice(authentication)")
class OfficePetitionController {

	private final PetitionMoves moves;
	private final PetitionStore store;
	private final PetitionList list;
	private final SimilarPetitions similar;
	private final Clock clock;
	private final MessageSource messages;
	private final AttachmentSettings attachmentSettings;
	private final PetitionRoutingHints hints;
	private final LiaisonFollowUp followUps;

	OfficePetitionController(PetitionMoves moves, PetitionStore store, PetitionList list, SimilarPetitions similar,
			Clock clock, MessageSource messages, AttachmentSettings attachmentSettings, PetitionRoutingHints hints,
			LiaisonFollowUp followUps) {
		this.followUps = followUps;
		this.hints = hints;
		this.attachmentSettings = attachmentSettings;
		this.messages = messages;
		this.moves = moves;
		this.store = store;
		this.list = list;
		this.similar = similar;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	@GetMapping
	String list(@RequestParam(required = false) PetitionState state, @RequestParam(required = false) PetitionKind kind,
			@RequestParam(required = false) String category, @RequestParam(required = false) Route route,
			@RequestParam(required = false) Boolean supervised, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String text, @RequestParam(required = false) String area,
			@RequestParam(required = false) String bodyName, @RequestParam(required = false) Timeliness timeliness,
			@RequestParam(required = false) Integer page, Model m) {
		PetitionList.Query q = new PetitionList.Query(state, kind, category, route, supervised, overdue, from, to, text,
				null, today(), area, bodyName, timeliness);
		m.addAttribute("query", q);
		m.addAttribute("page", list.find(q, Page.number(page), Page.DEFAULT_SIZE, true));
		lists(m);
		return "petitions/list";
	}

	@GetMapping("/new")
	String form(Model m) {
		m.addAttribute("form", new PetitionForm(PetitionKind.LETTER, today(), 1, null, null, null, null, null, null, null,
				null, null, null));
		lists(m);
		return "petitions/form";
	}

	@PostMapping("/new")
	String register(PetitionForm form, @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
			Model m, RedirectAttributes redirect) {
		try {
			Petition p = moves.registered(form.toNew(null, null), moves.checkFiles(files));
			redirect.addFlashAttribute("successKey", "petitions.done.registered");
			redirect.addFlashAttribute("successArgs", new Object[] { p.number() });
			return "redirect:/petitions/" + p.id().value();
		}
		catch (DomainException e) {
			m.addAttribute("errorKey", e.messageKey());
			m.addAttribute("errorArgs", e.args());
			m.addAttribute("form", form);
			lists(m);
			return "petitions/form";
		}
	}

	/**
	 * While the office types a registration: petitions on the same matter, and by the same person
	 * (same ID number or phone, from the database). A POST, so that the ID number and phone never
	 * appear in an address or an access log.
	 */
	@PostMapping("/new/similar")
	String similarWhileRegistering(@RequestParam(required = false) String subject,
			@RequestParam(required = false) String matter, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String phone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			Authentication user, Model m) {
		m.addAttribute("similar", similar.whileRegistering(subject, matter, idNumber, phone,
				receivedOn == null ? today() : receivedOn, PetitionsOffice.is(user), 10));
		return "petitions/fragments :: similar";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model m) {
		Petition p = petition(id);
		m.addAttribute("p", p);
		m.addAttribute("petitioner", moves.maskedPetitioner(p.id()));
		m.addAttribute("similar", similar.similarTo(p.id(), 10));
		m.addAttribute("attachments", moves.attachments(p.id()));
		m.addAttribute("followUp", followUps.of(p.id()).orElse(null));
		m.addAttribute("stations", followUps.of(p.id()).isPresent() ? List.of() : followUps.stations());
		m.addAttribute("hints", p.state() == PetitionState.REGISTERED ? hints.forMatter(p.subject(), p.matter()) : List.of());
		m.addAttribute("hintAccuracy", p.state() == PetitionState.REGISTERED ? hints.accuracy() : null);
		m.addAttribute("today", today());
		m.addAttribute("routes", Route.values());
		m.addAttribute("replyKinds", ReplyKind.values());
		return "petitions/detail";
	}

	/** Shows the petitioner's personal data: written to the audit log with the reason given. */
	@PostMapping("/{id:\\d+}/petitioner")
	String petitioner(@PathVariable long id, @RequestParam(required = false) String why, Model m) {
		Petition p = petition(id);
		show(id, m);
		if (why == null || why.isBlank() || why.strip().length() > 200) {
			m.addAttribute("errorKey", "petitions.error.why");
			return "petitions/detail";
		}
		m.addAttribute("petitioner", moves.viewPetitioner(p.id(), why.strip()));
		m.addAttribute("revealed", true);
		return "petitions/detail";
	}

	@PostMapping("/{id:\\d+}/route")
	String route(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Route route,
			@RequestParam(required = false) String body, @RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "petitions.done.routed",
				() -> moves.route(new PetitionId(id), version, route, body, null, reason, on));
	}

	/** Hands the matter, without personal data, to a liaison station as a follow-up. */
	@PostMapping("/{id:\\d+}/liaison")
	String handToLiaison(@PathVariable long id, @RequestParam(required = false) String station,
			RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "petitions.done.handedToLiaison",
				() -> followUps.hand(new PetitionId(id), station, today()));
	}

	@PostMapping("/{id:\\d+}/extend")
	String extend(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "petitions.done.extended",
				() -> moves.extend(new PetitionId(id), version, today()));
	}

	@PostMapping("/{id:\\d+}/report-back")
	String reportBack(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "petitions.done.reportedBack",
				() -> moves.reportBack(new PetitionId(id), version, text, today()));
	}

	@PostMapping("/{id:\\d+}/reply")
	String reply(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) ReplyKind kind,
			@RequestParam(required = false) String text,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "petitions.done.replied",
				() -> moves.reply(new PetitionId(id), version, kind, text, on));
	}

	@PostMapping("/{id:\\d+}/review-request")
	String requestReview(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "petitions.done.reviewRequested", () -> {
			Petition p = petition(id);
			if (p.state() == PetitionState.REVIEWED) {
				moves.requestReReview(p.id(), version, on);
			}
			else {
				moves.requestReview(p.id(), version, on);
			}
		});
	}

	@PostMapping("/{id:\\d+}/review")
	String review(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "petitions.done.reviewed", () -> {
			Petition p = petition(id);
			if (p.state() == PetitionState.UNDER_RE_REVIEW) {
				moves.decideReReview(p.id(), version, text, today());
			}
			else {
				moves.decideReview(p.id(), version, text, today());
			}
		});
	}

	@PostMapping("/{id:\\d+}/close")
	String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "petitions.done.closed", () -> moves.close(new PetitionId(id), version, today()));
	}

	@PostMapping("/{id:\\d+}/supervise")
	String supervise(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String leader,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return Moves.run(back(id), redirect, "petitions.done.supervised",
				() -> moves.supervise(new PetitionId(id), version, leader, until, note, today()));
	}

	/** The letter to the petitioner (.docx); it names the petitioner, so the view is logged. */
	@GetMapping("/{id:\\d+}/letter.docx")
	ResponseEntity<byte[]> letter(@PathVariable long id) {
		Petition p = petition(id);
		byte[] docx = ReplyLetter.write(p, moves.viewPetitioner(p.id(), "letter.docx"), messages,
				messages.getMessage("petitions.letter.committee", null, Locale.SIMPLIFIED_CHINESE), today());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(p.number() + ".docx", StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(ReplyLetter.CONTENT_TYPE))
			.body(docx);
	}

	/** A file of the petition; the download is written to the audit log. */
	@GetMapping("/{id:\\d+}/attachments/{file:\\d+}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long file) {
		Petition p = petition(id);
		return moves.download(p.id(), file, "office")
			.map(f -> StoredFile.response(f.fileName(), f.content()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Petition petition(long id) {
		return store.find(new PetitionId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String back(long id) {
		return "/petitions/" + id;
	}

	private void lists(Model m) {
		m.addAttribute("states", PetitionState.values());
		m.addAttribute("kinds", PetitionKind.values());
		m.addAttribute("routes", Route.values());
		m.addAttribute("categories", moves.settings().categories());
		m.addAttribute("areas", moves.settings().areas());
		m.addAttribute("attachmentLimits", attachmentSettings);
	}

}
