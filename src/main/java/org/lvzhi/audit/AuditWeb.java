package org.lvzhi.audit;

import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

@Configuration(proxyBeanMethods = false)
class AuditWeb {

	@Bean
	NavigationItem auditNavigation() {
		return NavigationItem.forRoles(900, "nav.audit", "/admin/audit", Roles.ADMIN);
	}

	@Bean
	HomeTile auditEntriesTile(AuditLog log) {
		return HomeTile.of(900, "home.tile.auditEntries", "/admin/audit", user -> Roles.has(user, Roles.ADMIN),
				user -> log.count(AuditFilter.none()));
	}
}
