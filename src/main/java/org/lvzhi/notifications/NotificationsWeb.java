package org.lvzhi.notifications;

import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationsWeb {

	@Bean
	NavigationItem inboxNavigation() {
		return NavigationItem.forRoles(10, "nav.inbox", "/inbox", Roles.ADMIN, Roles.STAFF, Roles.MEMBER, Roles.DEPUTY,
				Roles.UNIT, Roles.PUBLIC);
	}

	@Bean
	NavigationItem deliveriesNavigation() {
		return NavigationItem.forRoles(930, "nav.notificationsAdmin", "/admin/notifications", Roles.ADMIN);
	}

	/**
	 * Unread notifications of everybody who works in Lvzhi. Not for the public: their home page is
	 * the public entry, and the inbox stays one click away in the navigation.
	 */
	@Bean
	HomeTile unreadNotificationsTile(Inbox inbox) {
		return HomeTile.of(10, "home.tile.unreadNotifications", "/inbox?unread=true",
				user -> SignedInUser.of(user) != null && !Roles.has(user, Roles.PUBLIC),
				user -> inbox.unread(Reader.of(user)));
	}
}
