package org.lvzhi.notifications;

import org.lvzhi.platform.RetentionRule;
import org.lvzhi.platform.RetentionSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Notifications older than {@code lvzhi.retention.notification-days} are removed with their recipients and read marks. */
@Configuration(proxyBeanMethods = false)
class NotificationRetention {

	@Bean
	RetentionRule oldNotificationRetention(JdbcClient jdbc) {
		return RetentionRule.of("notifications.notification", RetentionSettings::notificationDays, before -> {
			String old = "SELECT id FROM notifications_notification WHERE created_at < :before";
			jdbc.sql("DELETE FROM notifications_read WHERE notification_id IN (" + old + ")").param("before", before).update();
			jdbc.sql("DELETE FROM notifications_recipient WHERE notification_id IN (" + old + ")").param("before", before).update();
			return jdbc.sql("DELETE FROM notifications_notification WHERE created_at < :before").param("before", before).update();
		});
	}
}
