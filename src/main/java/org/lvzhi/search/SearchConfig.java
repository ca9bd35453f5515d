package org.lvzhi.search;

import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfig {

	@Bean
	NavigationItem searchAdminNavigation() {
		return NavigationItem.forRoles(930, "nav.searchAdmin", "/admin/search", Roles.ADMIN);
	}
}
