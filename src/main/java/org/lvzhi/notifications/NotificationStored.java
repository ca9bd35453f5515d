package org.lvzhi.notifications;

/**
 * Internal: a notification was stored (or a retry asked for) and waits for its e-mail once the
 * transaction commits.
 */
record NotificationStored(long id) {
}
