package org.lvzhi.notifications;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Asks for a notification, published inside the transaction of the change it is about. The
 * notification is stored in that same transaction (a rolled-back change leaves none) and e-mailed
 * after the commit when a mail server is configured.
 *
 * @param recipients scope keys of who should read it: {@code account:3}, {@code org:42} (every
 *     account of a handling unit), {@code person:7} (the account of a deputy or member),
 *     {@code office:DEPUTY_AFFAIRS} (every staff account of an office), {@code role:ADMIN}
 * @param messageKey message bundle key of the text, rendered in each reader's language
 * @param args arguments of the message (strings, numbers, dates)
 * @param link the page the notification opens, a path of this application ({@code /suggestions/7}),
 *     may be {@code null}
 * @param category the kind of notice, a short code for filtering, e.g. {@code suggestion.assigned};
 *     its label is the message {@code notifications.category.<category>} when the bundles hold one
 * @param subject the record the notification is about, e.g. {@code suggestion:431}: the inbox shows
 *     the notices about one record as one line, and {@link NotificationsSettled} names it when the
 *     action asked for is done; {@code null} means the link (or, without one, the category)
 * @throws IllegalArgumentException when a key, the link, the category or the subject is malformed:
 *     a programming error that should roll back the change rather than lose the notification silently
 */
public record NotificationRequested(List<String> recipients, String messageKey, List<String> args, String link,
		String category, String subject) {

	private static final Pattern KEY = Pattern.compile("(account|person|org):\\d{1,18}|(office|role):[A-Za-z0-9_]{1,64}");
	private static final Pattern CATEGORY = Pattern.compile("[a-zA-Z0-9_.-]{1,64}");
	private static final Pattern SUBJECT = Pattern.compile("\\S{1,200}");

	public NotificationRequested {
		recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
		if (recipients.isEmpty()) {
			throw new IllegalArgumentException("A notification needs at least one recipient");
		}
		for (String key : recipients) {
			if (!KEY.matcher(key).matches()) {
				throw new IllegalArgumentException("Not a recipient key: " + key);
			}
		}
		if (messageKey == null || messageKey.isBlank() || messageKey.length() > 200) {
			throw new IllegalArgumentException("A notification needs a message key of at most 200 characters");
		}
		args = args == null ? List.of() : args.stream().map(String::valueOf).toList();
		// Only paths of this application: the inbox redirects to the link, and must not become an open redirect.
		if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\")
				|| link.length() > 500)) {
			throw new IllegalArgumentException("A notification links to a path of this application: " + link);
		}
		if (category == null || !CATEGORY.matcher(category).matches()) {
			throw new IllegalArgumentException("Not a category code: " + category);
		}
		if (subject == null || subject.isBlank()) {
			subject = link != null && link.length() <= 200 ? link : "category:" + category;
		}
		if (!SUBJECT.matcher(subject).matches()) {
			throw new IllegalArgumentException("Not a subject: " + subject);
		}
	}

	/** A notification whose subject is its link (or its category). */
	public NotificationRequested(List<String> recipients, String messageKey, List<String> args, String link,
			String category) {
		this(recipients, messageKey, args, link, category, null);
	}

	/** The same notification, about the record named (see {@link NotificationsSettled}). */
	public NotificationRequested about(String subject) {
		return new NotificationRequested(recipients, messageKey, args, link, category, subject);
	}

	/** A notification for one account. */
	public static NotificationRequested toAccount(long accountId, String messageKey, List<String> args, String link,
			String category) {
		return new NotificationRequested(List.of(Recipients.account(accountId)), messageKey, args, link, category);
	}
}
