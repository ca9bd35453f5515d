package org.lvzhi.meetings.voting;

import java.util.Locale;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.VoteId;
import org.lvzhi.meetings.rules.MeetingsAccess;
import org.lvzhi.meetings.sittings.Attendance;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.WordDocuments;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The votes on one agenda item: the office opens and closes rounds, present members vote on their device. */
@Controller
class VotePages {

	private final VotingService voting;
	private final VoteReads reads;
	private final Attendance attendance;
	private final MeetingsAccess access;
	private final Directory directory;
	private final VoteResultSheet sheet;

	VotePages(VotingService voting, VoteReads reads, Attendance attendance, MeetingsAccess access, Directory directory,
			VoteResultSheet sheet) {
		this.sheet = sheet;
		this.voting = voting;
		this.reads = reads;
		this.attendance = attendance;
		this.access = access;
		this.directory = directory;
	}

	@GetMapping("/meetings/items/{item:\\d+}/votes")
	@PreAuthorize("@meetingsAccess.isReader(authentication)")
	String show(@PathVariable long item, Authentication user, Model model) {
		Attendance.ItemAtSitting at = attendance.item(item).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Long me = MeetingsAccess.person(user);
		model.addAttribute("item", at);
		model.addAttribute("rounds", reads.rounds(item));
		model.addAttribute("office", access.isOffice(user));
		model.addAttribute("me", me);
		model.addAttribute("present", me != null && attendance.present(at.sittingId()).contains(new PersonId(me)));
		model.addAttribute("forms", BallotForm.values());
		model.addAttribute("names", new Names(directory));
		return "meetings/votes";
	}

	/** The result sheet of every round on the item, for the sitting's records. */
	@GetMapping("/meetings/items/{item:\\d+}/votes/result.docx")
	@PreAuthorize("@meetingsAccess.isReader(authentication)")
	ResponseEntity<byte[]> result(@PathVariable long item, Locale locale) {
		Attendance.ItemAtSitting at = attendance.item(item).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		VoteResultSheet.File file = sheet.of(at, locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, WordDocuments.attachment(file.name()))
			.contentType(MediaType.parseMediaType(WordDocuments.DOCX))
			.body(file.bytes());
	}

	@PostMapping("/meetings/items/{item}/votes")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String open(@PathVariable long item, @RequestParam(defaultValue = "false") boolean secret,
			@RequestParam(required = false) BallotForm form, RedirectAttributes redirect) {
		return Moves.run(back(item), redirect, "meetings.vote.opened",
				() -> voting.open(new AgendaItemId(item), secret, form == null ? BallotForm.APPROVAL : form));
	}

	@PostMapping("/meetings/items/{item}/votes/{vote}/cast")
	@PreAuthorize("@meetingsAccess.isMember(authentication)")
	String cast(@PathVariable long item, @PathVariable long vote, @RequestParam(required = false) String choice,
			Authentication user, RedirectAttributes redirect) {
		return Moves.run(back(item), redirect, "meetings.vote.cast", () -> voting.cast(checked(item, vote),
				new PersonId(MeetingsAccess.person(user)), choice));
	}

	@PostMapping("/meetings/items/{item}/votes/{vote}/close")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String close(@PathVariable long item, @PathVariable long vote, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		return Moves.run(back(item), redirect, "meetings.vote.closed", () -> voting.close(checked(item, vote), version));
	}

	@PostMapping("/meetings/items/{item}/votes/{vote}/annul")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	String annul(@PathVariable long item, @PathVariable long vote, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		return Moves.run(back(item), redirect, "meetings.vote.annulled", () -> voting.annul(checked(item, vote), version));
	}

	private VoteId checked(long item, long vote) {
		if (voting.get(vote).itemId() != item) {
			throw new org.lvzhi.meetings.MeetingsException("meetings.error.notFound", vote);
		}
		return new VoteId(vote);
	}

	/** Members' names (public office holders) for the office's record of an open vote. */
	record Names(Directory directory) {

		public String of(long personId) {
			return directory.person(new PersonId(personId)).map(p -> p.name()).orElse("#" + personId);
		}
	}

	private static String back(long item) {
		return "/meetings/items/" + item + "/votes";
	}
}
