package org.lvzhi.meetings.sittings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.rules.MeetingsAccess;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Moves;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's pages of sittings (list, year plan, one sitting with its agenda and attendance) and
 * the members' reading of them; a member asks for leave here.
 */
@Controller
class SittingPages {

	private final SittingReads reads;
	private final SittingService sittings;
	private final AgendaService agenda;
	private final Attendance attendance;
	private final YearPlan plan;
	private final MeetingsAccess access;
	private final MeetingsSettings settings;
	private final Directory directory;
	private final Deadlines deadlines;
	private final NonVotingAttendees attendees;
	private final Listeners listeners;
	private final Communiques communiques;
	private final AgendaMaterials materials;

	SittingPages(SittingReads reads, SittingService sittings, AgendaService agenda, Attendance attendance, YearPlan plan,
			MeetingsAccess access, MeetingsSettings settings, Directory directory, Deadlines deadlines,
			NonVotingAttendees attendees, Listeners listeners, Communiques communiques, AgendaMaterials materials) {
		this.materials = materials;
		this.communiques = communiques;
		this.attendees = attendees;
		this.listeners = listeners;
		this.reads = reads;
		this.sittings = sittings;
		this.agenda = agenda;
		this.attendance = attendance;
		this.plan = plan;
		this.access = access;
		this.settings = settings;
		this.directory = directory;
		this.deadlines = deadlines;
	}

	@GetMapping("/meetings")
	@PreAuthorize("@meetingsAccess.isReader(authentication)")
	String list(@RequestParam(required = false) SittingKind kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) SittingState state, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Authentication user, Model model) {
		Integer y = year == null || year < 1990 || year > 2100 ? null : year;
		model.addAttribute("page", reads.find(kind, y, state, Page.number(page), Page.size(size)));
		model.addAttribute("kind", kind);
		model.addAttribute("year", y);
		model.addAttribute("state", state);
		model.addAttribute("kinds", SittingKind.values());
		model.addAttribute("states", SittingState.values());
		model.addAttribute("office", access.isOffice(user));
		model.addAttribute("term", settings.term());
		return "meetings/list";
	}

	@GetMapping("/meetings/plan")
	@PreAuthorize("@meetingsAccess.isReader(authentication)")
	String plan(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null || year < 1990 || year > 2100 ? deadlines.today().getYear() : year;
		model.addAttribute("year", y);
		model.addAttribute("sittings", plan.sittings(y));
		model.addAttribute("gaps", plan.gaps(y));
		model.addAttribute("maxGapMonths", settings.maxGapMonths());
		return "meetings/plan";
	}

	@GetMapping("/meetings/{id:\\d+}")
	@PreAuthorize("@meetingsAccess.isReader(authentication)")
	String show(@PathVariable long id, Authentication user, Model model) {
		SittingView s = reads.get(new SittingId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean office = access.isOffice(user);
		model.addAttribute("s", s);
		model.addAttribute("items", reads.agenda(s.sittingId()));
		model.addAttribute("materials", materials.of(s));
		model.addAttribute("office", office);
		model.addAttribute("candidates", office && s.state() != SittingState.CLOSED ? agenda.candidates(s) : java.util.List.of());
		model.addAttribute("freeKinds", AgendaService.FREE_KINDS);
		model.addAttribute("decisions", AgendaService.DECISIONS.stream().sorted().toList());
		model.addAttribute("noticeDue", sittings.noticeDue(s));
		model.addAttribute("noticeLate", sittings.noticeLate(s));
		Map<PersonId, Attendance.Status> who = attendance.of(s);
		int present = (int) who.values().stream().filter(st -> st == Attendance.Status.PRESENT).count();
		model.addAttribute("attendance", office ? who : Map.of());
		model.addAttribute("leaveReasons", office ? attendance.leaveReasons(s.id()) : Map.of());
		model.addAttribute("present", present);
		if (s.kind() == SittingKind.STANDING_COMMITTEE) {
			model.addAttribute("allMembers", who.size());
			model.addAttribute("quorumCount", settings.quorumCount(who.size()));
			model.addAttribute("quorum", settings.quorum(present, who.size()));
		}
		else {
			model.addAttribute("councilMembers", who.size());
		}
		Long me = MeetingsAccess.person(user);
		model.addAttribute("myStatus", me == null ? null : who.get(new PersonId(me)));
		model.addAttribute("isMember", me != null && who.containsKey(new PersonId(me)));
		model.addAttribute("attendees", attendees.of(s.sittingId()));
		model.addAttribute("attendeeKinds", NonVotingAttendees.Kind.values());
		if (s.kind() == SittingKind.STANDING_COMMITTEE
				&& (s.state() == SittingState.HELD || s.state() == SittingState.CLOSED)) {
			var c = communiques.of(s.sittingId());
			model.addAttribute("communiques", true);
			model.addAttribute("communique", office ? c.orElse(null) : c.filter(Communiques.Communique::published).orElse(null));
			model.addAttribute("nextCommuniqueNumber", communiques.nextNumber(s.term()));
			model.addAttribute("adopted", communiques.adopted(s.sittingId()));
		}
		if (office && s.kind() == SittingKind.STANDING_COMMITTEE) {
			model.addAttribute("listeners", listeners.masked(s.sittingId()));
			model.addAttribute("seatsLeft", listeners.seatsLeft(s));
		}
		model.addAttribute("names", new Names(directory));
		model.addAttribute("statuses", Attendance.Status.values());
		return "meetings/detail";
	}

	@PostMapping("/meetings")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String create(@RequestParam(required = false) SittingKind kind, @RequestParam(required = false) Integer term,
			@RequestParam(required = false) Integer number,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate on,
			@RequestParam(required = false) String place, RedirectAttributes redirect) {
		Map<String, Object> typed = new HashMap<>();
		typed.put("kind", kind);
		typed.put("term", term);
		typed.put("number", number);
		typed.put("on", on);
		typed.put("place", place);
		long[] created = { 0 };
		String back = Moves.run("/meetings", redirect, "meetings.sitting.planned", typed,
				() -> created[0] = sittings.plan(kind, term, number, on, place).value());
		return created[0] > 0 ? "redirect:/meetings/" + created[0] : back;
	}

	@PostMapping("/meetings/{id}/reschedule")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String reschedule(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate on,
			@RequestParam(required = false) String place, RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id, redirect, "meetings.sitting.saved", Map.of("place", place == null ? "" : place),
				() -> sittings.reschedule(new SittingId(id), version, on, place));
	}

	@PostMapping("/meetings/{id}/notify")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String notifyMembers(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id, redirect, "meetings.sitting.notified",
				() -> sittings.notifyMembers(new SittingId(id), version));
	}

	@PostMapping("/meetings/{id}/open")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String open(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id, redirect, "meetings.sitting.held", () -> sittings.open(new SittingId(id), version));
	}

	@PostMapping("/meetings/{id}/close")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String close(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String minutes, RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id, redirect, "meetings.sitting.closed", Map.of("minutes", minutes == null ? "" : minutes),
				() -> sittings.close(new SittingId(id), version, minutes));
	}

	@PostMapping("/meetings/{id}/agenda/due")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String addDue(@PathVariable long id, @RequestParam(required = false) String link, RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id, redirect, "meetings.agenda.added", () -> {
			if (link == null) {
				throw new MeetingsException("meetings.error.notDue");
			}
			agenda.addDue(new SittingId(id), link);
		});
	}

	@PostMapping("/meetings/{id}/agenda/free")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String addFree(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String title, RedirectAttributes redirect) {
		Map<String, Object> typed = new HashMap<>();
		typed.put("itemKind", kind);
		typed.put("itemTitle", title);
		return Moves.run("/meetings/" + id, redirect, "meetings.agenda.added", typed,
				() -> agenda.addFree(new SittingId(id), kind, title));
	}

	@PostMapping("/meetings/{id}/agenda/{item}/move")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String move(@PathVariable long id, @PathVariable long item, @RequestParam(required = false) Integer version,
			@RequestParam int direction, RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id, redirect, "meetings.agenda.saved",
				() -> agenda.move(checkedItem(id, item), version, direction));
	}

	@PostMapping("/meetings/{id}/agenda/{item}/remove")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String remove(@PathVariable long id, @PathVariable long item, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id, redirect, "meetings.agenda.removed",
				() -> agenda.remove(checkedItem(id, item), version));
	}

	@PostMapping("/meetings/{id}/agenda/{item}/decision")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String decide(@PathVariable long id, @PathVariable long item, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String decision, RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id, redirect, "meetings.agenda.saved",
				() -> agenda.decide(checkedItem(id, item), version, decision));
	}

	@PostMapping("/meetings/{id}/attendance")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String attendance(@PathVariable long id, @RequestParam(required = false) Long person,
			@RequestParam(required = false) Attendance.Status status, RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id, redirect, "meetings.attendance.saved", () -> {
			if (person == null) {
				throw new MeetingsException("meetings.error.notMember");
			}
			attendance.record(new SittingId(id), new PersonId(person), status);
		});
	}

	@PostMapping("/meetings/{id}/leave")
	@PreAuthorize("@meetingsAccess.isMember(authentication)")
	String leave(@PathVariable long id, @RequestParam(required = false) String reason, Authentication user,
			RedirectAttributes redirect) {
		return Moves.run("/meetings/" + id + "#my-attendance", redirect, "meetings.attendance.leave",
				Map.of("leaveReason", reason == null ? "" : reason),
				() -> attendance.askLeave(new SittingId(id), new PersonId(MeetingsAccess.person(user)), reason));
	}

	/** The item must belong to the sitting in the address (a tampered pair is refused). */
	private long checkedItem(long sittingId, long itemId) {
		SittingReads.ItemView item = reads.item(itemId)
			.orElseThrow(() -> new MeetingsException("meetings.error.notFound", itemId));
		if (item.sittingId() != sittingId) {
			throw new MeetingsException("meetings.error.notFound", itemId);
		}
		return itemId;
	}

	/** Member names for the pages (public office holders: their names are public). */
	record Names(Directory directory) {

		public String person(PersonId id) {
			return directory.person(id).map(p -> p.name()).orElse("#" + id.value());
		}
	}
}
