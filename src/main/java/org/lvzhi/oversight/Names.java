package org.lvzhi.oversight;

import java.util.HashMap;
import java.util.Map;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonView;

/** Names of persons and bodies for one page or export, each looked up once. */
public final class Names {

	private final Directory directory;
	private final Map<Long, String> persons = new HashMap<>();
	private final Map<Long, String> bodies = new HashMap<>();

	public Names(Directory directory) {
		this.directory = directory;
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
