package org.lvzhi.liaison.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.liaison.Opinions;
import org.lvzhi.platform.PublicDoor;
import org.springframework.stereotype.Component;

/** A constituent's opinion left at a liaison station, by its tracking code: its state and answer, nothing of who left it. */
@Component
class OpinionsAtTheDoor implements PublicDoor {

	private final Opinions opinions;

	OpinionsAtTheDoor(Opinions opinions) {
		this.opinions = opinions;
	}

	@Override
	public List<Invitation> openNow(LocalDate today) {
		return List.of();
	}

	@Override
	public Optional<Submission> track(String code) {
		return opinions.byTrackingCode(code).map(o -> new Submission(o.trackingCode(), "liaison.door.opinion",
				o.subject(), o.receivedOn(), "liaison.opinion.state." + o.state(), o.answer(),
				"/public/liaison/track?code=" + o.trackingCode()));
	}
}
