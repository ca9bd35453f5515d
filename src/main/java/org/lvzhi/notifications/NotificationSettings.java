package org.lvzhi.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl where users reach Lvzhi, to turn a notification's link into an absolute one in e-mail
 * @param mailFrom the sender address of notification e-mail
 * @param digestHour the hour (0–23, China time) of every working morning at which daily digests go out
 */
@ConfigurationProperties("lvzhi.notifications")
record NotificationSettings(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("lvzhi@localhost") String mailFrom, @DefaultValue("8") int digestHour) {

	NotificationSettings {
		if (digestHour < 0 || digestHour > 23) {
			throw new IllegalArgumentException("lvzhi.notifications.digest-hour must be an hour from 0 to 23: " + digestHour);
		}
		while (baseUrl.endsWith("/")) {
			baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
		}
	}

	String absolute(String link) {
		return baseUrl + (link == null ? "/inbox" : link);
	}
}
