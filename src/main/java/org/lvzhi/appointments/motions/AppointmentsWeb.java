package org.lvzhi.appointments.motions;

import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AppointmentsWeb {

	@Bean
	NavigationItem appointmentsNavigation() {
		return NavigationItem.forRoles(355, "nav.appointments", "/appointments", Roles.STAFF, Roles.ADMIN, Roles.MEMBER)
			.in(NavigationItem.GROUP_OVERSIGHT).forStaffOf("GENERAL_OFFICE", "DEPUTY_AFFAIRS");
	}

	@Bean
	NavigationItem publicAppointmentsNavigation() {
		return NavigationItem.forEverybody(910, "nav.appointments.public", "/public/appointments")
			.in(NavigationItem.GROUP_OVERSIGHT);
	}
}
