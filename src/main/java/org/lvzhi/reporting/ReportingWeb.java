package org.lvzhi.reporting;

import org.lvzhi.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingWeb {

	@Bean
	NavigationItem statisticsNavigation() {
		return NavigationItem.forEverybody(800, "nav.statistics", "/statistics");
	}
}
