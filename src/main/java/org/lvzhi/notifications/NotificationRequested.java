package org.lvzhi.notifications;

import java.util.List;

/**
 * Asks for a notification, published inside the transaction of the change it is about.
 *
 * @param recipients scope keys of who should read it: {@code account:3}, {@code org:42} (every
 *     account of a handling unit), {@code person:7} (the account of a deputy or member),
 *     {@code office:DEPUTY_AFFAIRS} (every staff account of an office), {@code role:ADMIN}
 * @param messageKey message bundle key of the text, rendered in each reader's language
 * @param args arguments of the message (strings, numbers, dates)
 * @param link the page the notification opens, may be {@code null}
 * @param category a short code for filtering and grouping, e.g. {@code suggestion.assigned}
 */
public record NotificationRequested(List<String> recipients, String messageKey, List<String> args, String link,
		String category) {
}
