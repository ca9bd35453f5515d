package org.lvzhi.suggestions;

import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SuggestionsWeb {

	@Bean
	NavigationItem mySuggestionsNavigation() {
		return NavigationItem.forRoles(200, "nav.suggestions.mine", "/suggestions/mine", Roles.DEPUTY).in(NavigationItem.GROUP_MOTIONS);
	}

	@Bean
	NavigationItem suggestionsNavigation() {
		return NavigationItem.forRoles(201, "nav.suggestions.all", "/suggestions", Roles.STAFF, Roles.ADMIN)
			.in(NavigationItem.GROUP_MOTIONS)
			.forStaffOf(SuggestionAccess.DEPUTY_AFFAIRS);
	}

	@Bean
	NavigationItem workbenchNavigation() {
		return NavigationItem.forRoles(202, "nav.suggestions.workbench", "/suggestions/workbench", Roles.UNIT).in(NavigationItem.GROUP_MOTIONS);
	}

	@Bean
	NavigationItem publicSuggestionsNavigation() {
		return NavigationItem.forEverybody(203, "nav.suggestions.public", "/public/suggestions").in(NavigationItem.GROUP_MOTIONS);
	}

	@Bean
	HomeTile mineOpenTile(Suggestions suggestions, SuggestionAccess access) {
		return HomeTile.of(200, "home.tile.suggestions.mineOpen", "/suggestions/mine", access::isDeputy,
				user -> suggestions.countOpen(SuggestionAccess.person(user)));
	}

	@Bean
	HomeTile awaitingScreeningTile(Suggestions suggestions, SuggestionAccess access) {
		return HomeTile.of(201, "home.tile.suggestions.awaitingScreening", "/suggestions?state=SUBMITTED",
				access::isOffice, user -> suggestions.count(SuggestionQuery.all().withState(SuggestionState.SUBMITTED)));
	}

	@Bean
	HomeTile overdueTile(Suggestions suggestions, SuggestionAccess access) {
		return HomeTile.of(202, "home.tile.suggestions.overdue", "/suggestions?overdue=true", access::isOffice,
				user -> suggestions.countOverdue(null));
	}

	@Bean
	HomeTile toAnswerTile(Suggestions suggestions, SuggestionAccess access) {
		return HomeTile.of(203, "home.tile.suggestions.toAnswer", "/suggestions/workbench", access::isUnit,
				user -> suggestions.countToAnswer(SuggestionAccess.unit(user)));
	}

	@Bean
	HomeTile unitOverdueTile(Suggestions suggestions, SuggestionAccess access) {
		return HomeTile.of(204, "home.tile.suggestions.unitOverdue", "/suggestions/workbench?overdue=true",
				access::isUnit, user -> suggestions.countOverdue(SuggestionAccess.unit(user)));
	}
}
