package org.lvzhi.dutyrecords;

import java.time.Clock;
import java.time.LocalDate;

import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DutyRecordsWeb {

	@Bean
	NavigationItem myDutyNavigation() {
		return NavigationItem.forRoles(400, "nav.dutyrecords.mine", "/duty/mine", Roles.DEPUTY).in(NavigationItem.GROUP_LIAISON);
	}

	@Bean
	NavigationItem dutyRecordsNavigation() {
		return NavigationItem.forRoles(401, "nav.dutyrecords.all", "/duty", Roles.STAFF, Roles.ADMIN)
			.in(NavigationItem.GROUP_LIAISON)
			.forStaffOf(DutyAccess.DEPUTY_AFFAIRS);
	}

	@Bean
	NavigationItem publicDutyNavigation() {
		return NavigationItem.forEverybody(402, "nav.dutyrecords.public", "/public/duty").in(NavigationItem.GROUP_LIAISON);
	}

	/** The lines of the deputy's record this year. */
	@Bean
	HomeTile myDutyTile(DutyRecords records, DutyAccess access, Clock clock) {
		return HomeTile.of(400, "home.tile.dutyrecords.mine", "/duty/mine", access::isDeputy, user -> {
			int year = LocalDate.now(clock).getYear();
			return records.countEntries(DutyAccess.person(user), DutyRecords.yearStart(year), DutyRecords.yearEnd(year));
		});
	}
}
