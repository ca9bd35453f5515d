package org.lvzhi.suggestions.bills;

import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BillsWeb {

	@Bean
	NavigationItem myBillsNavigation() {
		return NavigationItem.forRoles(210, "nav.bills.mine", "/bills/mine", Roles.DEPUTY).in(NavigationItem.GROUP_MOTIONS);
	}

	@Bean
	NavigationItem billsNavigation() {
		return NavigationItem.forRoles(211, "nav.bills.all", "/bills", Roles.STAFF, Roles.ADMIN).in(NavigationItem.GROUP_MOTIONS)
			.forStaffOf("DEPUTY_AFFAIRS", "GENERAL_OFFICE");
	}

	@Bean
	NavigationItem handedBillsNavigation() {
		return NavigationItem.forRoles(212, "nav.bills.handed", "/bills/handed", Roles.UNIT).in(NavigationItem.GROUP_MOTIONS);
	}

	@Bean
	NavigationItem publicBillsNavigation() {
		return NavigationItem.forEverybody(213, "nav.bills.public", "/public/bills").in(NavigationItem.GROUP_MOTIONS);
	}

	@Bean
	HomeTile billsToSignTile(Bills bills, BillAccess access) {
		return HomeTile.of(210, "home.tile.bills.toSign", "/bills/mine", access::isDeputy,
				user -> bills.countToSign(BillAccess.person(user).value()));
	}

	@Bean
	HomeTile billsAwaitingDecisionTile(Bills bills, BillAccess access) {
		return HomeTile.of(211, "home.tile.bills.awaitingDecision", "/bills?state=FILED", access::isOffice,
				user -> bills.count(new BillQuery(BillState.FILED, null, null, null, null)));
	}

	@Bean
	HomeTile billsAwaitingReportTile(Bills bills, BillAccess access) {
		return HomeTile.of(212, "home.tile.bills.awaitingCommittee", "/bills?state=REFERRED", access::isOffice,
				user -> bills.count(new BillQuery(BillState.REFERRED, null, null, null, null)));
	}

	@Bean
	HomeTile billsReportsOwedTile(Bills bills, BillAccess access) {
		return HomeTile.of(213, "home.tile.bills.reportsOwed", "/bills/handed", access::isUnit,
				user -> bills.countReportsOwed(BillAccess.unit(user).value()));
	}
}
