package org.lvzhi.liaison.web;

import java.time.Clock;
import java.time.LocalDate;

import org.lvzhi.liaison.OpinionState;
import org.lvzhi.liaison.Opinions;
import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LiaisonWeb {

	@Bean
	NavigationItem liaisonOpinionsNavigation() {
		return NavigationItem.forRoles(300, "nav.liaison.opinions", "/liaison/opinions", Roles.STAFF, Roles.ADMIN,
				Roles.DEPUTY).in(NavigationItem.GROUP_LIAISON).forStaffOf(LiaisonAccess.DEPUTY_AFFAIRS);
	}

	@Bean
	NavigationItem liaisonStationsNavigation() {
		return NavigationItem.forRoles(301, "nav.liaison.stations", "/liaison/stations", Roles.STAFF, Roles.ADMIN,
				Roles.DEPUTY).in(NavigationItem.GROUP_LIAISON).forStaffOf(LiaisonAccess.DEPUTY_AFFAIRS);
	}

	@Bean
	NavigationItem liaisonReceptionsNavigation() {
		return NavigationItem.forRoles(302, "nav.liaison.receptions", "/liaison/receptions", Roles.STAFF, Roles.ADMIN,
				Roles.DEPUTY).in(NavigationItem.GROUP_LIAISON).forStaffOf(LiaisonAccess.DEPUTY_AFFAIRS);
	}

	@Bean
	NavigationItem liaisonDashboardNavigation() {
		return NavigationItem.forRoles(303, "nav.liaison.dashboard", "/liaison/dashboard", Roles.STAFF, Roles.ADMIN)
			.in(NavigationItem.GROUP_LIAISON)
			.forStaffOf(LiaisonAccess.DEPUTY_AFFAIRS);
	}

	@Bean
	NavigationItem publicStationsNavigation() {
		return NavigationItem.forEverybody(305, "nav.liaison.public", "/public/liaison/stations").in(NavigationItem.GROUP_LIAISON);
	}

	@Bean
	NavigationItem publicTrackingNavigation() {
		return NavigationItem.forEverybody(306, "nav.liaison.track", "/public/liaison/track").in(NavigationItem.GROUP_LIAISON);
	}

	@Bean
	HomeTile openOpinionsTile(Opinions opinions, LiaisonAccess access, Clock clock) {
		return HomeTile.of(300, "home.tile.liaison.received", "/liaison/opinions?state=RECEIVED",
				access::isOfficeOrDeputy, user -> opinions.count(new Opinions.Query(null, null, OpinionState.RECEIVED, null,
						null, null, null, null, access.scope(user), LocalDate.now(clock))));
	}

	@Bean
	HomeTile overdueOpinionsTile(Opinions opinions, LiaisonAccess access, Clock clock) {
		return HomeTile.of(301, "home.tile.liaison.overdue", "/liaison/opinions?overdue=true", access::isOfficeOrDeputy,
				user -> opinions.count(new Opinions.Query(null, null, null, null, true, null, null, null,
						access.scope(user), LocalDate.now(clock))));
	}
}
