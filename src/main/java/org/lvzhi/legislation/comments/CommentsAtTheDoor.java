package org.lvzhi.legislation.comments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.platform.PublicDoor;
import org.springframework.stereotype.Component;

/**
 * The drafts open for public comment today, and a comment by its tracking code: the draft it is on,
 * and what the office decided with its reason once it has; never who sent it or what others sent.
 */
@Component
class CommentsAtTheDoor implements PublicDoor {

	private final ProcessStore store;
	private final DraftStore drafts;

	CommentsAtTheDoor(ProcessStore store, DraftStore drafts) {
		this.store = store;
		this.drafts = drafts;
	}

	@Override
	public List<Invitation> openNow(LocalDate today) {
		List<Invitation> open = new ArrayList<>();
		for (long id : store.draftsOpenedForComment()) {
			DraftId draft = new DraftId(id);
			store.window(draft).filter(w -> w.contains(today)).ifPresent(w -> drafts.version(draft)
				.ifPresent(v -> open.add(new Invitation("legislation.door.draft", v.title(), w.closes(), "/public/drafts/" + id))));
		}
		return open;
	}

	@Override
	public Optional<Submission> track(String code) {
		return store.commentByCode(code).map(c -> {
			String title = drafts.version(c.draft()).map(DraftVersion::title).orElse("");
			String state = c.hidden() ? "legislation.door.commentHidden"
					: c.decision() == null ? "legislation.door.commentReceived" : "process.decision." + c.decision();
			return new Submission(c.code(), "legislation.door.comment", title,
					LocalDate.ofInstant(c.submittedAt(), LegislationYears.CHINA), state,
					c.hidden() ? null : c.decisionReason(), "/public/drafts/" + c.draft().value() + "/feedback");
		});
	}
}
