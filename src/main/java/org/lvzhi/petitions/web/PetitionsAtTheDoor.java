package org.lvzhi.petitions.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.petitions.intake.OnlineIntake;
import org.lvzhi.platform.PublicDoor;
import org.springframework.stereotype.Component;

/**
 * A petition by its tracking code: its subject, state and reply as the tracking page shows them,
 * and no personal data at all.
 */
@Component
class PetitionsAtTheDoor implements PublicDoor {

	private final OnlineIntake intake;

	PetitionsAtTheDoor(OnlineIntake intake) {
		this.intake = intake;
	}

	@Override
	public List<Invitation> openNow(LocalDate today) {
		return List.of();
	}

	@Override
	public Optional<Submission> track(String code) {
		return intake.track(code).map(t -> new Submission(code.strip().toUpperCase(), "petitions.door.petition",
				t.subject(), t.receivedOn(), "petitions.state." + t.state(), t.replyText(),
				"/public/petitions/track?code=" + code.strip().toUpperCase()));
	}
}
