package org.lvzhi.legislation.inputs;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.internal.LegislationAccess;
import org.lvzhi.liaison.OpinionSentAsLegislativeInput;
import org.lvzhi.notifications.NotificationRequested;
import org.lvzhi.notifications.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts an opinion a liaison station sent as legislative input into the legislative affairs
 * commission's inbox and tells the commission. Runs after the station's move is committed, in its
 * own transaction; the event publication registry hands the event again if this fails.
 */
@Component
class ReceiveLegislativeInput {

	private final InputStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReceiveLegislativeInput(InputStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OpinionSentAsLegislativeInput sent) {
		// A publication handed again after a failure finds the first one waiting in the inbox.
		if (store.waiting(sent.opinion().value())) {
			return;
		}
		long id = store.insert(sent, clock.instant());
		events.publishEvent(AuditEvent.created("legislation.input.received", "LegislativeInput", id, sent.subject(),
				Map.of("opinion", sent.opinion().value(), "station", sent.stationName() == null ? "" : sent.stationName(),
						"sentOn", sent.sentOn().toString())));
		events.publishEvent(new NotificationRequested(List.of(Recipients.office(LegislationAccess.LEGISLATIVE_AFFAIRS)),
				"legislation.input.notice.received", List.of(sent.subject()), "/legislation/inputs/" + id,
				"legislation.input.received"));
	}
}
