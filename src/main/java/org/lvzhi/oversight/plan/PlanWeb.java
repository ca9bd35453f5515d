package org.lvzhi.oversight.plan;

import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlanWeb {

	@Bean
	NavigationItem supervisionPlanNavigation() {
		return NavigationItem.forRoles(404, "nav.oversight.plan", "/oversight/plan", Roles.STAFF, Roles.ADMIN,
				Roles.MEMBER).in(NavigationItem.GROUP_OVERSIGHT);
	}

	@Bean
	NavigationItem topicsNavigation() {
		return NavigationItem.forRoles(405, "nav.oversight.topics", "/oversight/topics", Roles.STAFF, Roles.ADMIN).in(NavigationItem.GROUP_OVERSIGHT);
	}

	@Bean
	NavigationItem publicTopicsNavigation() {
		return NavigationItem.forEverybody(406, "nav.oversight.publicTopics", "/public/oversight-topics").in(NavigationItem.GROUP_OVERSIGHT);
	}

	@Bean
	NavigationItem publicSupervisionPlanNavigation() {
		return NavigationItem.forEverybody(407, "nav.oversight.publicPlan", "/public/oversight-plan").in(NavigationItem.GROUP_OVERSIGHT);
	}
}
