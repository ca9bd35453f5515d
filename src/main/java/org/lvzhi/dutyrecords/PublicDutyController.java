package org.lvzhi.dutyrecords;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipStatus;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.platform.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public summary of deputies' duty records (履职公示): a deputy's name, seat and delegation and
 * her totals per kind for a year. No lines, no titles, no personal data.
 */
@Controller
@RequestMapping("/public/duty")
@PreAuthorize("permitAll()")
class PublicDutyController {

	private final Directory directory;
	private final DutyRecords records;
	private final Periods periods;

	PublicDutyController(Directory directory, DutyRecords records, Periods periods) {
		this.directory = directory;
		this.records = records;
		this.periods = periods;
	}

	@GetMapping
	String deputies(@RequestParam(required = false) String name, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("name", name);
		model.addAttribute("page", directory.findPersons(
				new PersonQuery(name, null, null, MembershipRole.DEPUTY, null, MembershipStatus.ALL), Page.number(page),
				Page.size(null)));
		return "dutyrecords/public-list";
	}

	@GetMapping("/{id:\\d+}")
	String deputy(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		PersonId person = new PersonId(id);
		int y = periods.yearOr(year, person);
		DeputyProfile profile = DeputyProfile.of(directory, person, y)
			.filter(p -> p.isDeputy() || heldSeat(person))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("profile", profile);
		model.addAttribute("year", y);
		model.addAttribute("years", periods.years());
		model.addAttribute("kinds", DutyKind.values());
		model.addAttribute("totals", records.totals(person, DutyRecords.yearStart(y), DutyRecords.yearEnd(y)));
		return "dutyrecords/public-deputy";
	}

	private boolean heldSeat(PersonId person) {
		return directory.membershipsOf(person).stream().anyMatch(m -> m.role() == MembershipRole.DEPUTY);
	}
}
