package org.lvzhi.liaison;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closes an opinion whose result the constituent was told; only one closed as solved counts as a problem solved. */
@Service
public class CloseOpinion {

	private final OpinionStore store;
	private final ApplicationEventPublisher events;

	CloseOpinion(OpinionStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional
	public void close(OpinionId id, int version, boolean solved, LocalDate on) {
		Opinion o = store.move(id, version, "closed", x -> x.close(solved, on));
		events.publishEvent(new OpinionClosed(o.id(), o.deputies(), solved, on));
	}
}
