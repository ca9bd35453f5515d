package org.lvzhi.oversight.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonView;

/**
 * Names of persons and bodies for one page or export. A page that knows its rows hands their IDs
 * over first ({@link #ofPersons}, {@link #ofBodies}), so that the names come in one query; any other
 * ID is looked up once when asked for.
 */
public final class Names {

	private final Directory directory;
	private final Map<Long, String> persons = new HashMap<>();
	private final Map<Long, String> bodies = new HashMap<>();

	public Names(Directory directory) {
		this.directory = directory;
	}

	/** Fetches the names of these persons in one query. @return this */
	public Names ofPersons(Collection<Long> ids) {
		var missing = ids.stream().filter(Objects::nonNull).filter(id -> !persons.containsKey(id)).distinct()
			.map(PersonId::new).toList();
		if (!missing.isEmpty()) {
			Map<PersonId, String> found = directory.names(missing);
			missing.forEach(id -> persons.put(id.value(), found.getOrDefault(id, "#" + id.value())));
		}
		return this;
	}

	/** Fetches the names of these bodies in one query. @return this */
	public Names ofBodies(Collection<Long> ids) {
		var missing = ids.stream().filter(Objects::nonNull).filter(id -> !bodies.containsKey(id)).distinct()
			.map(OrganizationId::new).toList();
		if (!missing.isEmpty()) {
			Map<OrganizationId, String> found = directory.organizationNames(missing);
			missing.forEach(id -> bodies.put(id.value(), found.getOrDefault(id, "#" + id.value())));
		}
		return this;
	}

	public String person(Long id) {
		return id == null ? "" : persons.computeIfAbsent(id,
				k -> directory.person(new PersonId(k)).map(PersonView::name).orElse("#" + k));
	}

	public String body(Long id) {
		return id == null ? "" : bodies.computeIfAbsent(id,
				k -> directory.organization(new OrganizationId(k)).map(OrganizationView::name).orElse("#" + k));
	}
}
