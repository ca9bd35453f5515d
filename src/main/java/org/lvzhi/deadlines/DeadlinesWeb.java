package org.lvzhi.deadlines;

import java.time.LocalDate;

import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeadlinesWeb {

	@Bean
	NavigationItem calendarNavigation() {
		return NavigationItem.forRoles(800, "nav.calendar", "/calendar", Roles.STAFF, Roles.MEMBER, Roles.DEPUTY,
				Roles.UNIT, Roles.ADMIN);
	}

	@Bean
	NavigationItem calendarAdminNavigation() {
		return NavigationItem.forRoles(920, "nav.calendarAdmin", "/admin/calendar", Roles.ADMIN);
	}

	/** Working days left this year, today included when it is one: what everybody with a statutory deadline plans with. */
	@Bean
	HomeTile workingDaysLeftTile(Deadlines deadlines) {
		return HomeTile.of(800, "home.tile.workingDaysLeft", "/calendar",
				user -> user != null && !Roles.has(user, Roles.PUBLIC),
				user -> {
					LocalDate today = deadlines.today();
					return deadlines.workingDaysBetween(today.minusDays(1), LocalDate.of(today.getYear(), 12, 31));
				});
	}
}
