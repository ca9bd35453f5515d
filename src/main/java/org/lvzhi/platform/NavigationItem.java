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
 */
public record NavigationItem(int order, String messageKey, String path, Set<String> roles) {

	public static NavigationItem forRoles(int order, String messageKey, String path, String... roles) {
		return new NavigationItem(order, messageKey, path, Set.of(roles));
	}

	public static NavigationItem forEverybody(int order, String messageKey, String path) {
		return new NavigationItem(order, messageKey, path, Set.of());
	}
}
