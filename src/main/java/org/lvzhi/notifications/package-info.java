/**
 * The in-app inbox and e-mail: modules ask for a notification by publishing
 * {@link org.lvzhi.notifications.NotificationRequested} inside the transaction of their change;
 * recipients read it in their inbox, and receive it by e-mail when a mail server is configured.
 *
 * <h2>Reminders and a daily digest</h2>
 * A reminder is an ordinary notification whose change is the passing of time. A module that owns
 * deadlines adds a {@code @Scheduled} method (scheduling enabled in its own configuration) that, in
 * one transaction per run, selects what falls due, publishes one {@code NotificationRequested}
 * per recipient group with its own category (e.g. {@code suggestion.dueSoon}) and records that
 * it did, so a restarted node does not remind twice. A daily digest of unread notifications will
 * be the same job inside this module: per account, count the unread notifications
 * ({@code Inbox#unread}) and publish {@code NotificationRequested.toAccount(id,
 * "notifications.digest", List.of(count), "/inbox?unread=true", "digest")}; the message and
 * category labels are already in the bundles. Nothing else is needed: storing, e-mail after the
 * commit, delivery state and retry work for reminders as for any notification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.lvzhi.notifications;
