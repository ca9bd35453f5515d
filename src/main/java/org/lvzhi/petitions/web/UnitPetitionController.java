package org.lvzhi.petitions.web;

import java.time.Clock;
import java.time.LocalDate;

import org.lvzhi.petitions.PetitionId;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.PetitionList;
import org.lvzhi.petitions.handling.PetitionMoves;
import org.lvzhi.petitions.handling.PetitionStore;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.StoredFile;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A handling body's side: the matters transferred or assigned to it, with their deadlines, and its
 * report back. It reads the matter, never who brought it.
 */
@Controller
@RequestMapping("/unit/petitions")
@PreAuthorize("@petitionAccess.isUnit(authentication)")
class UnitPetitionController {

	private final PetitionList list;
	private final PetitionStore store;
	private final PetitionMoves moves;
	private final Clock clock;

	UnitPetitionController(PetitionList list, PetitionStore store, PetitionMoves moves, Clock clock) {
		this.list = list;
		this.store = store;
		this.moves = moves;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer page, Authentication user, Model m) {
		PetitionList.Query q = new PetitionList.Query(null, null, null, null, null, null, null, null, null,
				PetitionAccess.unit(user), LocalDate.now(clock));
		m.addAttribute("page", list.find(q, Page.number(page), Page.DEFAULT_SIZE, false));
		return "petitions/unit-list";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Authentication user, Model m) {
		Petition p = mine(id, user);
		m.addAttribute("p", p);
		m.addAttribute("attachments", handedOver(p) ? moves.attachments(p.id()) : java.util.List.of());
		m.addAttribute("today", LocalDate.now(clock));
		return "petitions/unit-detail";
	}

	@PostMapping("/{id:\\d+}/report-back")
	String reportBack(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			Authentication user, RedirectAttributes redirect) {
		Petition p = mine(id, user);
		return Moves.run("/unit/petitions/" + id, redirect, "petitions.done.reportedBack",
				() -> moves.reportBack(p.id(), version, text, LocalDate.now(clock)));
	}

	/** A file of a matter transferred or assigned to the reader's body; the download is written to the audit log. */
	@GetMapping("/{id:\\d+}/attachments/{file:\\d+}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long file, Authentication user) {
		Petition p = mine(id, user);
		if (!handedOver(p)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return moves.download(p.id(), file, "org:" + PetitionAccess.unit(user))
			.map(f -> StoredFile.response(f.fileName(), f.content()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static boolean handedOver(Petition p) {
		return p.route() != null && p.route().handsOver();
	}

	/** The petition, when it was routed to the reader's body; otherwise not found. */
	private Petition mine(long id, Authentication user) {
		Long unit = PetitionAccess.unit(user);
		return store.find(new PetitionId(id)).filter(p -> unit != null && unit.equals(p.handlingBodyId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
