package org.lvzhi.liaison;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deputies answered the opinion at the reception: it is closed as solved. */
@Service
class AnswerOnSpot {

	private final OpinionStore store;
	private final ApplicationEventPublisher events;

	AnswerOnSpot(OpinionStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional
	public void answer(OpinionId id, int version, String answer, LocalDate on) {
		Opinion o = store.move(id, version, "answeredOnSpot", x -> x.answerOnSpot(answer, on));
		events.publishEvent(new OpinionClosed(o.id(), o.deputies(), true, on));
	}
}
