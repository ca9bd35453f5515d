package org.lvzhi.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a requested notification synchronously, in the publisher's transaction: the change and
 * its notification are committed or rolled back together. Settles notifications the same way.
 */
@Component
class NotificationRecorder {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final ObjectProvider<JavaMailSender> mail;
	private final ApplicationEventPublisher events;

	NotificationRecorder(JdbcClient jdbc, JsonMapper json, Clock clock, ObjectProvider<JavaMailSender> mail,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.mail = mail;
		this.events = events;
	}

	@EventListener
	void on(NotificationRequested request) {
		boolean mailConfigured = mail.getIfAvailable() != null;
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO notifications_notification (message_key, args, link, category, subject, created_at, delivery_state)
				VALUES (:key, :args, :link, :category, :subject, :at, :state)""")
			.param("key", request.messageKey())
			.param("args", json.writeValueAsString(request.args()))
			.param("link", request.link())
			.param("category", request.category())
			.param("subject", request.subject())
			.param("at", OffsetDateTime.now(clock))
			.param("state", (mailConfigured ? DeliveryState.PENDING : DeliveryState.SKIPPED).name())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (String recipient : request.recipients().stream().distinct().toList()) {
			jdbc.sql("INSERT INTO notifications_recipient (notification_id, recipient_key) VALUES (:id, :key)")
				.param("id", id)
				.param("key", recipient)
				.update();
		}
		if (mailConfigured) {
			events.publishEvent(new NotificationStored(id));
		}
	}

	@EventListener
	void on(NotificationsSettled settled) {
		if (settled.categories().isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE notifications_notification SET settled_at = :at
				WHERE subject = :subject AND category IN (:categories) AND settled_at IS NULL""")
			.param("at", OffsetDateTime.now(clock))
			.param("subject", settled.subject())
			.param("categories", settled.categories())
			.update();
	}
}
