package org.lvzhi.oversight.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.platform.PublicDoor;
import org.springframework.stereotype.Component;

/** A request to review a normative document, by its tracking code: its state and reply, never its sender. */
@Component
class ReviewRequestsAtTheDoor implements PublicDoor {

	private final Filings filings;

	ReviewRequestsAtTheDoor(Filings filings) {
		this.filings = filings;
	}

	@Override
	public List<Invitation> openNow(LocalDate today) {
		return List.of();
	}

	@Override
	public Optional<Submission> track(String code) {
		return filings.request(code).map(r -> new Submission(r.trackingCode(), "oversight.door.reviewRequest",
				r.documentTitle(), r.submittedOn(), "oversight.filing.request." + r.state(), r.reply(),
				"/public/filing-review?code=" + r.trackingCode()));
	}
}
