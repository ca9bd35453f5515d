package org.lvzhi.accounts;

import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsWeb {

	@Bean
	NavigationItem accountsNavigation() {
		return NavigationItem.forRoles(910, "nav.accounts", "/admin/accounts", Roles.ADMIN);
	}

	@Bean
	HomeTile accountsTile(Accounts accounts) {
		return HomeTile.of(910, "home.tile.accounts", "/admin/accounts", user -> Roles.has(user, Roles.ADMIN),
				user -> accounts.count());
	}
}
