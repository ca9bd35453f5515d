package org.lvzhi.oversight.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.platform.PublicDoor;
import org.springframework.stereotype.Component;

/**
 * The call for next year's oversight topics, open all year, and a proposer's topic by its tracking
 * code: where it stands and the answer, never who proposed it.
 */
@Component
class TopicsAtTheDoor implements PublicDoor {

	private final Topics topics;

	TopicsAtTheDoor(Topics topics) {
		this.topics = topics;
	}

	@Override
	public List<Invitation> openNow(LocalDate today) {
		return List.of(new Invitation("oversight.door.topicCall", String.valueOf(today.getYear() + 1), null,
				"/public/oversight-topics"));
	}

	@Override
	public Optional<Submission> track(String code) {
		return topics.byTrackingCode(code).map(t -> new Submission(code.strip().toUpperCase(), "oversight.door.topic",
				t.title(), t.submittedOn(), "oversight.topic.state." + t.state(), t.answer(), "/public/oversight-topics"));
	}
}
