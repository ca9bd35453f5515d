package org.lvzhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.platform.NavigationItem;

class NavigationMenuTests {

	private static final NavigationItem INBOX = NavigationItem.forRoles(10, "nav.inbox", "/inbox", "STAFF");

	private static final NavigationItem SUGGESTIONS = NavigationItem.forRoles(201, "nav.suggestions.all", "/suggestions",
			"STAFF").in(NavigationItem.GROUP_MOTIONS);

	private static final NavigationItem BILLS = NavigationItem.forRoles(211, "nav.bills.all", "/bills", "STAFF")
		.in(NavigationItem.GROUP_MOTIONS);

	private static final NavigationItem STATIONS = NavigationItem.forRoles(301, "nav.liaison.stations", "/liaison/stations",
			"STAFF").in(NavigationItem.GROUP_LIAISON);

	private static final NavigationItem CALENDAR = NavigationItem.forRoles(800, "nav.calendar", "/calendar", "STAFF");

	@Test
	void entriesOfOneModuleShareAMenuAtThePlaceOfTheFirst() {
		List<NavigationMenu> bar = NavigationMenu.of(List.of(INBOX, SUGGESTIONS, BILLS, STATIONS, CALENDAR));

		assertThat(bar).hasSize(4);
		assertThat(bar.get(0).single()).isTrue();
		assertThat(bar.get(0).item()).isEqualTo(INBOX);
		assertThat(bar.get(1).messageKey()).isEqualTo(NavigationItem.GROUP_MOTIONS);
		assertThat(bar.get(1).items()).containsExactly(SUGGESTIONS, BILLS);
		// One visible entry of a group is not hidden behind a menu of one.
		assertThat(bar.get(2).single()).isTrue();
		assertThat(bar.get(2).item()).isEqualTo(STATIONS);
		assertThat(bar.get(3).item()).isEqualTo(CALENDAR);
	}

	@Test
	void aMenuIsActiveOnThePagesOfItsEntries() {
		NavigationMenu motions = NavigationMenu.of(List.of(SUGGESTIONS, BILLS)).getFirst();

		assertThat(motions.activeFor("/bills/12")).isTrue();
		assertThat(motions.activeFor("/liaison/stations")).isFalse();
	}

	@Test
	void anUnknownGroupIsRefusedWhenTheEntryIsMade() {
		assertThatThrownBy(() -> INBOX.in("nav.group.nonsense")).isInstanceOf(IllegalArgumentException.class);
	}
}
