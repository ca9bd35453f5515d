package org.lvzhi.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.platform.NavigationItem;

/**
 * One place of the navigation bar: a single entry, or a menu of the entries that share a
 * {@link NavigationItem#group()}. A menu keeps the position of its first entry.
 *
 * @param messageKey the menu's label, {@code null} for a single entry
 * @param items the entries, in order; exactly one for a single entry
 */
public record NavigationMenu(String messageKey, List<NavigationItem> items) {

	public boolean single() {
		return messageKey == null;
	}

	public NavigationItem item() {
		return items.getFirst();
	}

	/** Whether the page at {@code currentPath} belongs to this place, to mark it in the bar. */
	public boolean activeFor(String currentPath) {
		return currentPath != null && items.stream().anyMatch(i -> currentPath.startsWith(i.path()));
	}

	/** Groups entries already in display order; a group the user sees one entry of shows it directly. */
	static List<NavigationMenu> of(List<NavigationItem> ordered) {
		Map<Object, List<NavigationItem>> places = new LinkedHashMap<>();
		for (NavigationItem item : ordered) {
			Object place = item.group() != null ? item.group() : item;
			places.computeIfAbsent(place, k -> new ArrayList<>()).add(item);
		}
		List<NavigationMenu> menus = new ArrayList<>();
		places.forEach((place, items) -> menus.add(place instanceof String key && items.size() > 1
				? new NavigationMenu(key, List.copyOf(items)) : new NavigationMenu(null, List.copyOf(items.subList(0, 1)))));
		return menus;
	}
}
