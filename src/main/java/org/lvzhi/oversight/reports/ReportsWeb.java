package org.lvzhi.oversight.reports;

import org.lvzhi.oversight.web.OversightAccess;
import org.lvzhi.oversight.web.StateLabels;
import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.lvzhi.search.FacetLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportsWeb {

	@Bean
	NavigationItem workReportsNavigation() {
		return NavigationItem.forRoles(400, "nav.oversight.reports", "/oversight/reports", Roles.STAFF, Roles.ADMIN,
				Roles.MEMBER, Roles.UNIT).in(NavigationItem.GROUP_OVERSIGHT);
	}

	@Bean
	HomeTile reportsOwedTile(WorkReports reports, OversightAccess access) {
		return HomeTile.of(400, "home.tile.oversight.handlingOwed", "/oversight/reports?state=OPINIONS_SENT",
				user -> access.isUnit(user) && !access.isStaff(user),
				user -> reports.countOwedBy(OversightAccess.unit(user)));
	}

	@Bean
	HomeTile reportsAwaitingOpinionsTile(WorkReports reports, OversightAccess access) {
		return HomeTile.of(401, "home.tile.oversight.awaitingOpinions", "/oversight/reports?state=DELIBERATED",
				access::isStaff, user -> reports.countInState(ReportState.DELIBERATED));
	}

	@Bean
	FacetLabels workReportStates(MessageSource messages) {
		return new StateLabels(ReportIndex.TYPE, "oversight.report.state.", messages);
	}
}
