package org.lvzhi.legislation.internal;

import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class LegislationWeb {

	@Bean
	NavigationItem libraryNavigation() {
		return NavigationItem.forEverybody(300, "nav.legislation.library", "/public/laws").in(NavigationItem.GROUP_LEGISLATION);
	}

	@Bean
	NavigationItem publicCommentNavigation() {
		return NavigationItem.forEverybody(302, "nav.legislation.publicComment", "/public/drafts").in(NavigationItem.GROUP_LEGISLATION);
	}

	@Bean
	NavigationItem networkNavigation() {
		return NavigationItem.forRoles(303, "nav.legislation.network", "/legislation/network", Roles.STAFF).in(NavigationItem.GROUP_LEGISLATION);
	}

	@Bean
	NavigationItem planNavigation() {
		return NavigationItem.forEverybody(304, "nav.legislation.plan", "/public/plan").in(NavigationItem.GROUP_LEGISLATION);
	}

	@Bean
	NavigationItem requestsNavigation() {
		return NavigationItem.forRoles(305, "nav.legislation.requests", "/legislation/requests", Roles.STAFF).in(NavigationItem.GROUP_LEGISLATION);
	}

	@Bean
	NavigationItem inputsNavigation() {
		return NavigationItem.forRoles(306, "nav.legislation.inputs", "/legislation/inputs", Roles.STAFF, Roles.ADMIN)
			.in(NavigationItem.GROUP_LEGISLATION)
			.forStaffOf(LegislationAccess.LEGISLATIVE_AFFAIRS, LegislationAccess.LEGAL_COMMITTEE);
	}

	@Bean
	NavigationItem projectsNavigation() {
		return NavigationItem.forRoles(301, "nav.legislation.projects", "/legislation/projects", Roles.STAFF,
				Roles.MEMBER).in(NavigationItem.GROUP_LEGISLATION);
	}
}
