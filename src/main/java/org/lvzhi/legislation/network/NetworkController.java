package org.lvzhi.legislation.network;

import java.time.LocalDate;

import org.lvzhi.legislation.ActivityKind;
import org.lvzhi.legislation.AddContactPoint;
import org.lvzhi.legislation.ContactPointKind;
import org.lvzhi.legislation.JoinPool;
import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.PoolMemberId;
import org.lvzhi.legislation.PoolRole;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.RecordActivity;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the office gathers opinions beyond the public comment: grassroots contact points, the
 * consultation pool with its members' status and assessment, and symposia, hearings and research
 * trips of a year.
 */
@Controller
@PreAuthorize("hasRole('STAFF')")
class NetworkController {

	private final ProcessStore store;
	private final AddContactPoint addContactPoint;
	private final JoinPool joinPool;
	private final ChangePoolMembership changePoolMembership;
	private final RecordActivity recordActivity;

	NetworkController(ProcessStore store, AddContactPoint addContactPoint, JoinPool joinPool,
			ChangePoolMembership changePoolMembership, RecordActivity recordActivity) {
		this.store = store;
		this.addContactPoint = addContactPoint;
		this.joinPool = joinPool;
		this.changePoolMembership = changePoolMembership;
		this.recordActivity = recordActivity;
	}

	@GetMapping("/legislation/network")
	String network(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(LegislationYears.CHINA).getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("points", store.contactPoints());
		model.addAttribute("pool", store.poolMembers());
		model.addAttribute("activities", store.activities(LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31)));
		model.addAttribute("pointKinds", ContactPointKind.values());
		model.addAttribute("roles", PoolRole.values());
		model.addAttribute("activityKinds", ActivityKind.values());
		model.addAttribute("projects", store.processes());
		model.addAttribute("today", LocalDate.now(LegislationYears.CHINA));
		return "legislation/process/network";
	}

	@PostMapping("/legislation/network/points")
	String addPoint(@RequestParam(required = false) String name, @RequestParam(required = false) ContactPointKind kind,
			@RequestParam(required = false) String liaison, @RequestParam(required = false) LocalDate activeFrom,
			RedirectAttributes redirect) {
		return done(redirect, () -> addContactPoint.add(name, kind, liaison, activeFrom));
	}

	@PostMapping("/legislation/network/pool")
	String join(@RequestParam(required = false) String name, @RequestParam(required = false) PoolRole role,
			@RequestParam(required = false) String workplace, @RequestParam(defaultValue = "false") boolean grassroots,
			@RequestParam(required = false) LocalDate joinedOn, RedirectAttributes redirect) {
		return done(redirect, () -> joinPool.join(name, role, workplace, grassroots, joinedOn));
	}

	@PostMapping("/legislation/network/pool/{id:\\d+}/status")
	String status(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) PoolStatus status,
			RedirectAttributes redirect) {
		return done(redirect, () -> changePoolMembership.change(new PoolMemberId(id), version, status,
				LocalDate.now(LegislationYears.CHINA)));
	}

	@PostMapping("/legislation/network/pool/{id:\\d+}/assessment")
	String assess(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String assessment,
			RedirectAttributes redirect) {
		return done(redirect, () -> changePoolMembership.assess(new PoolMemberId(id), version, assessment));
	}

	@PostMapping("/legislation/network/activities")
	String activity(@RequestParam(required = false) Long project, @RequestParam(required = false) ActivityKind kind,
			@RequestParam(required = false) LocalDate heldOn, @RequestParam(required = false) String place,
			@RequestParam(required = false) String participants, @RequestParam(required = false) String summary,
			RedirectAttributes redirect) {
		return done(redirect, () -> recordActivity.record(project == null ? null : new ProjectId(project), kind, heldOn,
				place, participants, summary));
	}

	private static String done(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("successKey", "process.comment.saved");
		}
		catch (LegislationException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return "redirect:/legislation/network";
	}
}
