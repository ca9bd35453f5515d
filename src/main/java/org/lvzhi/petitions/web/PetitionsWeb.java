package org.lvzhi.petitions.web;

import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The petitions menu: the office's list and registration, the public form and tracking page. */
@Configuration(proxyBeanMethods = false)
class PetitionsWeb {

	@Bean
	NavigationItem petitionsNavigation() {
		return NavigationItem.forRoles(330, "nav.petitions.list", "/petitions", Roles.STAFF).in(NavigationItem.GROUP_LIAISON)
			.forStaffOf(PetitionAccess.OFFICE);
	}

	@Bean
	NavigationItem petitionStatisticsNavigation() {
		return NavigationItem.forRoles(332, "nav.petitions.statistics", "/petitions/statistics", Roles.STAFF)
			.in(NavigationItem.GROUP_LIAISON)
			.forStaffOf(PetitionAccess.OFFICE);
	}

	@Bean
	NavigationItem petitionsNewNavigation() {
		return NavigationItem.forRoles(331, "nav.petitions.new", "/petitions/new", Roles.STAFF).in(NavigationItem.GROUP_LIAISON)
			.forStaffOf(PetitionAccess.OFFICE);
	}

	@Bean
	NavigationItem publicPetitionNavigation() {
		return NavigationItem.forEverybody(335, "nav.petitions.public", "/public/petitions/new").in(NavigationItem.GROUP_LIAISON);
	}

	@Bean
	NavigationItem petitionTrackingNavigation() {
		return NavigationItem.forEverybody(336, "nav.petitions.track", "/public/petitions/track").in(NavigationItem.GROUP_LIAISON);
	}

	@Bean
	NavigationItem unitPetitionsNavigation() {
		return NavigationItem.forRoles(337, "nav.petitions.unit", "/unit/petitions", Roles.UNIT).in(NavigationItem.GROUP_LIAISON);
	}
}
