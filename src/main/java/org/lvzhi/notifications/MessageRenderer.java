package org.lvzhi.notifications;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a stored notification in a reader's language. A key missing from the bundles shows as
 * itself rather than breaking the inbox: the notification may come from a newer module version.
 */
@Component
class MessageRenderer {

	private final MessageSource messages;

	MessageRenderer(MessageSource messages) {
		this.messages = messages;
	}

	String text(StoredNotification notification, Locale locale) {
		return messages.getMessage(notification.messageKey(), notification.args().toArray(), notification.messageKey(),
				locale);
	}

	String category(String category, Locale locale) {
		return messages.getMessage("notifications.category." + category, null, category, locale);
	}

	String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
