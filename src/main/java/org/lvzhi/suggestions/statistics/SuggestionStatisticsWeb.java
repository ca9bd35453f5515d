package org.lvzhi.suggestions.statistics;

import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SuggestionStatisticsWeb {

	@Bean
	NavigationItem suggestionStatisticsNavigation() {
		return NavigationItem.forRoles(205, "nav.suggestions.statistics", "/suggestions/statistics", Roles.STAFF,
				Roles.ADMIN, Roles.MEMBER).in(NavigationItem.GROUP_MOTIONS);
	}
}
