package org.lvzhi.oversight.dashboard;

import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DashboardWeb {

	@Bean
	NavigationItem oversightDashboardNavigation() {
		return NavigationItem.forRoles(399, "nav.oversight.dashboard", "/oversight/dashboard", Roles.STAFF, Roles.ADMIN,
				Roles.MEMBER)
			.in(NavigationItem.GROUP_OVERSIGHT);
	}
}
