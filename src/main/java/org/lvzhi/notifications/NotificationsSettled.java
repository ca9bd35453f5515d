package org.lvzhi.notifications;

import java.util.Objects;
import java.util.Set;

/**
 * Says that what some notifications asked for has been done: a submitted suggestion was screened,
 * a rating answered by reopening. Published in the transaction of that move, like the request; the
 * notifications of those kinds about the record stop counting as waiting for every recipient,
 * whether she read them or not, and the inbox shows them as done.
 *
 * @param subject the record, as named by {@link NotificationRequested#subject()}
 * @param categories the kinds of its notifications that are settled
 */
public record NotificationsSettled(String subject, Set<String> categories) {

	public NotificationsSettled {
		Objects.requireNonNull(subject, "subject");
		categories = Set.copyOf(categories);
	}

	public static NotificationsSettled of(String subject, String... categories) {
		return new NotificationsSettled(subject, Set.of(categories));
	}
}
