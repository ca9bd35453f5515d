package org.lvzhi.oversight.inspections;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.springframework.stereotype.Component;

/**
 * Names of responsible units from the directory, remembered for a while: a list or a dashboard
 * shows the same few dozen units on every line. Renames show after the cache is cleared (on
 * restart, or after {@link #MAX} names).
 */
@Component
public class UnitNames {

	private static final int MAX = 5_000;

	private final Directory directory;
	private final Map<Long, String> names = new ConcurrentHashMap<>();

	UnitNames(Directory directory) {
		this.directory = directory;
	}

	public String name(Long id) {
		if (id == null) {
			return "";
		}
		if (names.size() > MAX) {
			names.clear();
		}
		return names.computeIfAbsent(id, u -> directory.organization(new OrganizationId(u))
			.map(OrganizationView::name).orElse("#" + u));
	}
}
