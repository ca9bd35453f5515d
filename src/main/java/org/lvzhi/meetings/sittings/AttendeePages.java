package org.lvzhi.meetings.sittings;

import java.util.HashMap;
import java.util.Map;

import org.lvzhi.meetings.SittingId;
import org.lvzhi.platform.Moves;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office adds and removes who attends a sitting without a vote (列席). */
@Controller
class AttendeePages {

	private final NonVotingAttendees attendees;

	AttendeePages(NonVotingAttendees attendees) {
		this.attendees = attendees;
	}

	@PostMapping("/meetings/{id}/attendees")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String add(@PathVariable long id, @RequestParam(required = false) NonVotingAttendees.Kind kind,
			@RequestParam(required = false) String person, @RequestParam(required = false) String name,
			@RequestParam(required = false) String unit, RedirectAttributes redirect) {
		Map<String, Object> typed = new HashMap<>();
		typed.put("attendeeKind", kind == null ? null : kind.name());
		typed.put("attendeePerson", person);
		typed.put("attendeeName", name);
		typed.put("attendeeUnit", unit);
		return Moves.run("/meetings/" + id + "#attendees", redirect, "meetings.attendee.added", typed,
				() -> attendees.add(new SittingId(id), kind, person, name, unit));
	}

	@PostMapping("/meetings/{id}/attendees/{attendee}/remove")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String remove(@PathVariable long id, @PathVariable long attendee, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id + "#attendees", redirect, "meetings.attendee.removed",
				() -> attendees.remove(new SittingId(id), attendee, version));
	}
}
