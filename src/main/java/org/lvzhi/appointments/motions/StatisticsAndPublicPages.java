package org.lvzhi.appointments.motions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lvzhi.appointments.AppointmentKind;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The counts by kind for those who read motions, and the public side: the published lists by
 * sitting and the current holders of every post a motion has named.
 */
@Controller
class StatisticsAndPublicPages {

	/** A post and who holds it today. */
	record Holders(String body, String label, List<MembershipView> holders) {
	}

	private final MotionReads reads;
	private final Directory directory;
	private final Deadlines deadlines;

	StatisticsAndPublicPages(MotionReads reads, Directory directory, Deadlines deadlines) {
		this.reads = reads;
		this.directory = directory;
		this.deadlines = deadlines;
	}

	@GetMapping("/appointments/statistics")
	@PreAuthorize("@appointmentsAccess.isReader(authentication)")
	String statistics(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null || year < 1990 || year > 2100 ? reads.latestYear().orElse(deadlines.today().getYear()) : year;
		var counts = reads.byKind(y);
		model.addAttribute("year", y);
		model.addAttribute("counts", counts);
		model.addAttribute("states", NominationState.values());
		model.addAttribute("kinds", AppointmentKind.values());
		model.addAttribute("total", counts.values().stream().mapToInt(m -> m.get(NominationState.PASSED)).sum());
		return "appointments/statistics";
	}

	@GetMapping("/public/appointments")
	String publicList(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Model model) {
		model.addAttribute("page", reads.publishedDays(Page.number(page), Page.size(size)));
		return "appointments/public-list";
	}

	@GetMapping("/public/appointments/{day:\\d{4}-\\d{2}-\\d{2}}")
	String publicDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		List<MotionReads.Named> list = reads.publishedOn(day);
		if (list.isEmpty()) {
			throw Moves.notFound();
		}
		model.addAttribute("day", day);
		model.addAttribute("nominations", list);
		return "appointments/public-day";
	}

	@GetMapping("/public/appointments/holders")
	String holders(Model model) {
		LocalDate today = deadlines.today();
		List<NominationRow> posts = reads.posts();
		var bodies = reads.bodies(posts.stream().map(p -> new OrganizationId(p.organizationId())).distinct().toList());
		List<Holders> result = new ArrayList<>();
		for (NominationRow p : posts) {
			OrganizationId body = new OrganizationId(p.organizationId());
			List<MembershipView> now = directory.membersOf(body).stream()
				.filter(m -> m.role() == p.role() && m.activeOn(today)
						&& (p.label().equals(m.label()) || ("代理" + p.label()).equals(m.label())))
				.toList();
			result.add(new Holders(bodies.getOrDefault(body, ""), p.label(), now));
		}
		result.sort(java.util.Comparator.comparing(Holders::body).thenComparing(Holders::label));
		model.addAttribute("posts", result);
		model.addAttribute("today", today);
		return "appointments/holders";
	}
}
