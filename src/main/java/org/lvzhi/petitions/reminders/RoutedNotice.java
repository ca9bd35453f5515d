package org.lvzhi.petitions.reminders;

import java.util.List;

import org.lvzhi.notifications.NotificationRequested;
import org.lvzhi.notifications.Recipients;
import org.lvzhi.petitions.PetitionRouted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the body a petition was handed to (转送, 交办) on the day it happens, so that its handling
 * period does not start unseen; the reminders then follow as the deadline nears. The notice names
 * number, subject and due date and links to the body's own page, which shows no personal data.
 */
@Component
class RoutedNotice {

	private final ApplicationEventPublisher events;

	RoutedNotice(ApplicationEventPublisher events) {
		this.events = events;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PetitionRouted routed) {
		if (routed.bodyId() == null || !routed.route().handsOver()) {
			return;
		}
		long id = routed.petition().value();
		events.publishEvent(new NotificationRequested(List.of(Recipients.organization(routed.bodyId())),
				"petitions.notice.routed", List.of(routed.number(), routed.subject(),
						routed.due() == null ? "" : routed.due().toString()),
				"/unit/petitions/" + id, PetitionReminders.CATEGORY, "unit-petition:" + id));
	}
}
