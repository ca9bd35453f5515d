package org.lvzhi.platform;

import java.util.Set;

/**
 * An entry of the main navigation, contributed as a bean by the module that serves the page.
 * Only modules that work register an entry, so the navigation never shows a placeholder.
 *
 * @param order position in the menu, smaller first
 * @param messageKey message bundle key of the label
 * @param path the page the entry opens
 * @param roles roles that see the entry (without the {@code ROLE_} prefix); empty means everybody,
 *     including anonymous visitors
 * @param group message key of the menu the entry sits in (one of {@link NavigationItem#GROUPS}), or
 *     {@code null} for an entry of its own; a menu that would hold a single entry shows it directly
 * @param staffOffices when not empty, office staff see the entry only if they work in one of these
 *     offices (codes as in {@link Roles#inOffice}), as the page itself requires; other roles of
 *     {@code roles} are not affected
 */
public record NavigationItem(int order, String messageKey, String path, Set<String> roles, String group,
		Set<String> staffOffices) {

	public static final String GROUP_DIRECTORY = "nav.group.directory";

	public static final String GROUP_MOTIONS = "nav.group.motions";

	public static final String GROUP_LIAISON = "nav.group.liaison";

	public static final String GROUP_OVERSIGHT = "nav.group.oversight";

	public static final String GROUP_LEGISLATION = "nav.group.legislation";

	/** The menus of the main bar, so that a dozen modules still fit in one line. */
	public static final Set<String> GROUPS = Set.of(GROUP_DIRECTORY, GROUP_MOTIONS, GROUP_LIAISON,
			GROUP_OVERSIGHT, GROUP_LEGISLATION);

	public NavigationItem(int order, String messageKey, String path, Set<String> roles) {
		this(order, messageKey, path, roles, null, Set.of());
	}

	public NavigationItem {
		if (group != null && !GROUPS.contains(group)) {
			throw new IllegalArgumentException("unknown navigation group " + group);
		}
		staffOffices = staffOffices == null ? Set.of() : Set.copyOf(staffOffices);
	}

	/** The same entry inside a menu. */
	public NavigationItem in(String menu) {
		return new NavigationItem(order, messageKey, path, roles, menu, staffOffices);
	}

	/** The same entry shown to office staff of these offices only (the page refuses the others). */
	public NavigationItem forStaffOf(String... offices) {
		return new NavigationItem(order, messageKey, path, roles, group, Set.of(offices));
	}

	public static NavigationItem forRoles(int order, String messageKey, String path, String... roles) {
		return new NavigationItem(order, messageKey, path, Set.of(roles));
	}

	public static NavigationItem forEverybody(int order, String messageKey, String path) {
		return new NavigationItem(order, messageKey, path, Set.of());
	}
}
