/**
 * The in-app inbox and e-mail: modules ask for a notification by publishing
 * {@link org.lvzhi.notifications.NotificationRequested}; recipients read it in their inbox, and
 * receive it by e-mail when a mail server is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.lvzhi.notifications;
