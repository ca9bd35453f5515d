package org.lvzhi.liaison;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Not for the station (e.g. a matter before a court): the constituent is shown the right way, with the reason. */
@Service
class RedirectOpinion {

	private final OpinionStore store;
	private final ApplicationEventPublisher events;

	RedirectOpinion(OpinionStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional
	public void redirect(OpinionId id, int version, String reason, LocalDate on) {
		Opinion o = store.move(id, version, "redirected", x -> x.redirect(reason, on));
		events.publishEvent(new OpinionClosed(o.id(), o.deputies(), false, on));
	}
}
