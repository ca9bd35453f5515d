/**
 * Tells people what asks them to act: an in-app inbox with one line per record, and e-mail, either
 * one per notification or one daily digest, as each account chooses. Modules ask for a notification
 * by publishing {@link org.lvzhi.notifications.NotificationRequested} inside the transaction of their
 * change, naming whom it reaches with the keys of {@link org.lvzhi.notifications.Recipients}.
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
 * ({@code /inbox/settings}); the digest is such a job inside this module ({@code DailyDigest}: on
 * working days at {@code lvzhi.notifications.digest-hour}, China time, one notice to each account
 * with something new since its last digest, which its e-mail spells out by kind).
 *
 * <h2>Delivery and retention</h2>
 * E-mail goes out after the change is committed and only when a mail server is configured; each
 * outcome is kept for the administrator, who retries failed ones ({@code /admin/notifications}).
 * Notifications older than {@code lvzhi.retention.notification-days} are removed with their read marks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.lvzhi.notifications;
