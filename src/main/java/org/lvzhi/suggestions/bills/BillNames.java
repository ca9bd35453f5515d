package org.lvzhi.suggestions.bills;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonView;

/** Names of persons and bodies for one page, each looked up once. */
public final class BillNames {

	private final Directory directory;
	private final Map<Long, String> persons = new HashMap<>();
	private final Map<Long, String> bodies = new HashMap<>();

	BillNames(Directory directory) {
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

	public String persons(List<PersonId> ids) {
		return String.join("、", ids.stream().map(p -> person(p.value())).toList());
	}
}
