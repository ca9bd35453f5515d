package org.lvzhi.oversight.inspections;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.springframework.stereotype.Component;

/**
 * Names of responsible units from the directory, remembered for a while: a list or a dashboard
 * shows the same few dozen units on every line. A page that knows its rows fetches the names it does
 * not yet have in one query first ({@link #fetch}). Renames show after the cache is cleared (on
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

	/** Fetches the names of these units not remembered yet, in one query. */
	public void fetch(Collection<Long> ids) {
		if (names.size() > MAX) {
			names.clear();
		}
		List<OrganizationId> missing = ids.stream().filter(Objects::nonNull).filter(id -> !names.containsKey(id))
			.distinct().map(OrganizationId::new).toList();
		if (!missing.isEmpty()) {
			Map<OrganizationId, String> found = directory.organizationNames(missing);
			missing.forEach(id -> names.put(id.value(), found.getOrDefault(id, "#" + id.value())));
		}
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
