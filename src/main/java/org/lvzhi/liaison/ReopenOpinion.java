package org.lvzhi.liaison;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reopens a closed or redirected opinion, e.g. when the constituent says it is not solved; it no longer counts as solved. */
@Service
public class ReopenOpinion {

	private final OpinionStore store;
	private final ApplicationEventPublisher events;

	ReopenOpinion(OpinionStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional
	public void reopen(OpinionId id, int version, String reason, LocalDate on) {
		store.move(id, version, "reopened", x -> x.reopen(reason, on));
		events.publishEvent(new OpinionReopened(id, on));
	}
}
