package org.lvzhi.oversight.inspections;

import java.time.LocalDate;

import org.lvzhi.oversight.web.StateLabels;
import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.lvzhi.search.FacetLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InspectionsWeb {

	@Bean
	NavigationItem inspectionsNavigation() {
		return NavigationItem.forRoles(330, "nav.inspections", "/oversight/inspections", Roles.STAFF, Roles.ADMIN,
				Roles.MEMBER).in(NavigationItem.GROUP_OVERSIGHT);
	}

	@Bean
	NavigationItem inspectionProblemsNavigation() {
		return NavigationItem.forRoles(331, "nav.inspections.unitProblems", "/oversight/inspections/problems",
				Roles.UNIT).in(NavigationItem.GROUP_OVERSIGHT);
	}

	@Bean
	HomeTile inspectionOverdueTile(Inspections inspections, InspectionAccess access, InspectionDeadlines deadlines) {
		return HomeTile.of(330, "home.tile.inspections.overdue", "/oversight/inspections/problems?overdue=true",
				access::canRead, user -> overdue(inspections, deadlines.today(), null));
	}

	@Bean
	HomeTile inspectionUnitTile(Inspections inspections, InspectionAccess access, InspectionDeadlines deadlines) {
		return HomeTile.of(331, "home.tile.inspections.unitOpen", "/oversight/inspections/problems?state=ASSIGNED",
				user -> access.isUnit(user) && !access.canRead(user),
				user -> inspections.problems(ProblemQuery.all().forUnit(InspectionAccess.unit(user))
					.withState(ProblemState.ASSIGNED), deadlines.today(), 1, 1).total());
	}

	@Bean
	FacetLabels inspectionProblemStates(MessageSource messages) {
		return new StateLabels(ProblemIndex.TYPE, "inspections.state.", messages);
	}

	private static long overdue(Inspections inspections, LocalDate today, Long unit) {
		ProblemQuery q = new ProblemQuery(null, null, unit, true, null);
		return inspections.problems(q, today, 1, 1).total();
	}
}
