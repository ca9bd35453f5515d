package org.lvzhi.meetings.sittings;

import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MeetingsWeb {

	@Bean
	NavigationItem sittingsNavigation() {
		return NavigationItem.forRoles(350, "nav.meetings.sittings", "/meetings", Roles.STAFF, Roles.ADMIN, Roles.MEMBER)
			.in(NavigationItem.GROUP_OVERSIGHT);
	}
}
