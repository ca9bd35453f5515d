package org.lvzhi.audit;

import java.util.List;

import org.lvzhi.platform.AppendOnlyTables;
import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

@Configuration(proxyBeanMethods = false)
class AuditWeb {

	/** The runtime role may only insert into and read the entries and their seals (on PostgreSQL). */
	@Bean
	AppendOnlyTables auditAppendOnlyTables() {
		return new AppendOnlyTables(List.of("audit_entry", "audit_seal"));
	}

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
