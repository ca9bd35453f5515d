/**
 * The in-app inbox and e-mail: modules ask for a notification by publishing
 * {@link org.lvzhi.notifications.NotificationRequested} inside the transaction of their change;
 * recipients read it in their inbox, and receive it by e-mail when a mail server is configured.
 *
 * <h2>Only what asks to act, one line per record</h2>
 * A module notifies the people who must act on a move, and those who follow the record (a deputy
 * her suggestion, a unit the rating of its answer); it does not tell an office of every move that
 * asks nothing of it. Each notification names its record ({@code subject}, e.g.
 * {@code suggestion:431}): the inbox shows the notices about one record as one line, and the header
 * counts the records with something waiting. When the move a notice asked for is done, the module
 * publishes {@link org.lvzhi.notifications.NotificationsSettled} in that move's transaction, and the
 * notice stops waiting for every recipient. Opening a notice asks the module that owns its page,
 * through {@link org.lvzhi.notifications.LinkResolver}, where this reader may go.
 *
 * <h2>Reminders and the daily digest</h2>
 * A reminder is an ordinary notification whose change is the passing of time. A module that owns
 * deadlines adds a {@code @Scheduled} method that, in one transaction per run, selects what falls
 * due, publishes one {@code NotificationRequested} per recipient group with its own category (e.g.
 * {@code suggestion.overdue}) and records that it did, so a restarted node does not remind twice.
 * Each account chooses between an e-mail per notification and a daily digest
 * ({@code /inbox/settings}); the digest is such a job inside this module
 * ({@code DailyDigest}, at {@code lvzhi.notifications.digest-hour} on working days).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.lvzhi.notifications;
