package org.lvzhi.participation.door;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.platform.PublicDoor;
import org.lvzhi.platform.SignedInUser;
import org.lvzhi.platform.SubmittedCodes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public's one door: everything open for the public now, whichever module invites (drafts for
 * comment, questionnaires, the call for oversight topics, upcoming sittings), one form that follows
 * any tracking or receipt code to its submission's state and answer, and a signed-in member of the
 * public's own submissions in one list.
 */
@Controller
class PortalPages {

	/** How many of her own submissions a signed-in sender sees. */
	static final int MINE = 200;

	private final ObjectProvider<PublicDoor> doors;
	private final SubmittedCodes codes;
	private final Deadlines deadlines;

	PortalPages(ObjectProvider<PublicDoor> doors, SubmittedCodes codes, Deadlines deadlines) {
		this.doors = doors;
		this.codes = codes;
		this.deadlines = deadlines;
	}

	@GetMapping("/public")
	@PreAuthorize("permitAll()")
	String portal(Authentication user, Model model) {
		List<PublicDoor.Invitation> open = new ArrayList<>();
		for (PublicDoor d : doors.orderedStream().toList()) {
			open.addAll(d.openNow(deadlines.today()));
		}
		open.sort(Comparator.comparing(PublicDoor.Invitation::until, Comparator.nullsLast(Comparator.naturalOrder())));
		model.addAttribute("open", open);
		model.addAttribute("signedIn", SignedInUser.of(user) != null);
		return "participation/portal";
	}

	@GetMapping("/public/follow")
	@PreAuthorize("permitAll()")
	String follow(@RequestParam(required = false) String code, Model model) {
		model.addAttribute("code", code);
		if (code != null && !code.isBlank()) {
			Optional<PublicDoor.Submission> found = find(code);
			model.addAttribute("found", found.orElse(null));
			model.addAttribute("notFound", found.isEmpty());
		}
		return "participation/follow";
	}

	@GetMapping("/public/mine")
	@PreAuthorize("isAuthenticated()")
	String mine(Authentication user, Model model) {
		SignedInUser u = SignedInUser.of(user);
		List<PublicDoor.Submission> mine = new ArrayList<>();
		if (u != null) {
			for (String code : codes.of(u.accountId(), MINE)) {
				find(code).ifPresent(mine::add);
			}
		}
		model.addAttribute("mine", mine);
		return "participation/mine";
	}

	/** The one submission a code stands for; codes are short random strings, so at most one module knows it. */
	private Optional<PublicDoor.Submission> find(String code) {
		String c = code.strip();
		if (c.length() > 32) {
			return Optional.empty();
		}
		for (PublicDoor d : doors.orderedStream().toList()) {
			Optional<PublicDoor.Submission> s = d.track(c);
			if (s.isPresent()) {
				return s;
			}
		}
		return Optional.empty();
	}
}
