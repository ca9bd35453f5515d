package org.lvzhi.notifications;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator sends a failed e-mail again, once the mail server is back. Audited; the
 * e-mail itself goes out after the commit, like a first delivery.
 */
@Component
class RetryDelivery {

	private final Deliveries deliveries;
	private final ApplicationEventPublisher events;

	RetryDelivery(Deliveries deliveries, ApplicationEventPublisher events) {
		this.deliveries = deliveries;
		this.events = events;
	}

	@Transactional
	void retry(long id) {
		var delivery = deliveries.find(id)
			.orElseThrow(() -> new DomainException("notifications.error.notFound", id));
		if (delivery.state() != DeliveryState.FAILED) {
			throw new DomainException("notifications.error.notFailed", id);
		}
		deliveries.pending(id);
		events.publishEvent(AuditEvent.changed("notifications.delivery.retried", "Notification", id,
				delivery.notification().messageKey(), delivery.snapshot(),
				new Deliveries.Snapshot(DeliveryState.PENDING.name(), null, delivery.attempts())));
		events.publishEvent(new NotificationStored(id));
	}
}
