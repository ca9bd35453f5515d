package org.lvzhi.directory.web;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.HomeTile;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryWeb {

	@Bean
	NavigationItem directoryPersonsNavigation() {
		return NavigationItem.forRoles(100, "nav.directory.persons", "/directory/persons", Roles.STAFF, Roles.MEMBER,
				Roles.ADMIN).in(NavigationItem.GROUP_DIRECTORY);
	}

	@Bean
	NavigationItem directoryOrganizationsNavigation() {
		return NavigationItem.forRoles(101, "nav.directory.organizations", "/directory/organizations", Roles.STAFF,
				Roles.MEMBER, Roles.ADMIN).in(NavigationItem.GROUP_DIRECTORY);
	}

	@Bean
	HomeTile directoryPersonsTile(Directory directory) {
		return HomeTile.of(100, "home.tile.directory.persons", "/directory/persons", DirectoryWeb::staff,
				user -> directory.countPersons());
	}

	@Bean
	HomeTile directoryOrganizationsTile(Directory directory) {
		return HomeTile.of(101, "home.tile.directory.organizations", "/directory/organizations", DirectoryWeb::staff,
				user -> directory.countOrganizations());
	}

	@Bean
	HomeTile directoryDeputiesTile(Directory directory) {
		return HomeTile.of(102, "home.tile.directory.deputies", "/directory/persons?role=DEPUTY&status=CURRENT",
				DirectoryWeb::staff, user -> directory.countCurrentDeputies());
	}

	/** A deputy's or committee member's own record: what she holds now. */
	@Bean
	HomeTile ownMembershipsTile(Directory directory, java.time.Clock clock) {
		return HomeTile.personal(110, "home.tile.directory.ownMemberships",
				user -> "/directory/persons/" + SignedInUser.of(user).personId(), DirectoryWeb::hasOwnRecord,
				user -> directory.membershipsOf(new PersonId(SignedInUser.of(user).personId()))
					.stream()
					.filter(m -> m.activeOn(java.time.LocalDate.now(clock)))
					.count());
	}

	private static boolean hasOwnRecord(org.springframework.security.core.Authentication user) {
		SignedInUser signedIn = SignedInUser.of(user);
		return signedIn != null && signedIn.personId() != null
				&& (Roles.has(user, Roles.DEPUTY) || Roles.has(user, Roles.MEMBER));
	}

	private static boolean staff(org.springframework.security.core.Authentication user) {
		return Roles.has(user, Roles.STAFF) || Roles.has(user, Roles.ADMIN);
	}
}
