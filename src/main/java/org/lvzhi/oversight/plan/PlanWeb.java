package org.lvzhi.oversight.plan;

import org.lvzhi.oversight.web.StateLabels;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.lvzhi.search.FacetLabels;
import org.springframework.context.MessageSource;
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

	@Bean
	FacetLabels oversightTopicStates(MessageSource messages) {
		return new StateLabels(TopicIndex.TYPE, "oversight.topic.state.", messages);
	}
}
