package org.lvzhi.oversight.inquiry;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.oversight.InterpellationId;
import org.lvzhi.oversight.web.Names;
import org.lvzhi.oversight.web.OversightAccess;
import org.lvzhi.platform.Moves;
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
 * Interpellations: staff and members read all of them; an organ reads only those addressed to it
 * (another one's answers "not found"). Staff record the answer and the conclusion.
 */
@Controller
@PreAuthorize("@oversightAccess.isReader(authentication)")
class InterpellationPages {

	private final Interpellations interpellations;
	private final InterpellationService service;
	private final OversightAccess access;
	private final Directory directory;
	private final Deadlines deadlines;

	InterpellationPages(Interpellations interpellations, InterpellationService service, OversightAccess access,
			Directory directory, Deadlines deadlines) {
		this.interpellations = interpellations;
		this.service = service;
		this.access = access;
		this.directory = directory;
		this.deadlines = deadlines;
	}

	@GetMapping("/oversight/interpellations")
	String list(Authentication user, Model model) {
		var all = interpellations.list(scope(user));
		model.addAttribute("interpellations", all);
		model.addAttribute("names",
				new Names(directory).ofBodies(all.stream().map(Interpellations.Interpellation::organId).toList()));
		return "oversight/inquiries/interpellations";
	}

	@GetMapping("/oversight/interpellations/{id:\\d+}")
	String show(@PathVariable long id, Authentication user, Model model) {
		var i = interpellations.get(new InterpellationId(id)).orElseThrow(Moves::notFound);
		if (!access.canRead(user, i.organId())) {
			throw Moves.notFound();
		}
		model.addAttribute("i", i);
		model.addAttribute("problems", interpellations.problems(new InterpellationId(id)));
		model.addAttribute("names", new Names(directory));
		model.addAttribute("staff", access.isStaff(user));
		model.addAttribute("today", deadlines.today());
		return "oversight/inquiries/interpellation";
	}

	@PostMapping("/oversight/interpellations/{id:\\d+}/answer")
	@PreAuthorize("@oversightAccess.isStaff(authentication)")
	String answer(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String answer,
			RedirectAttributes redirect) {
		return Moves.run("/oversight/interpellations/" + id, redirect, "oversight.interpellation.saved",
				() -> service.answer(new InterpellationId(id), version, answer, deadlines.today()));
	}

	@PostMapping("/oversight/interpellations/{id:\\d+}/close")
	@PreAuthorize("@oversightAccess.isStaff(authentication)")
	String close(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String conclusion,
			RedirectAttributes redirect) {
		return Moves.run("/oversight/interpellations/" + id, redirect, "oversight.interpellation.saved",
				() -> service.close(new InterpellationId(id), version, conclusion, deadlines.today()));
	}

	private Long scope(Authentication user) {
		return access.isStaff(user) || access.isMember(user) ? null : OversightAccess.unit(user);
	}
}
