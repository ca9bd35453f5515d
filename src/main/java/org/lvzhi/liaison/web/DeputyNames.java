package org.lvzhi.liaison.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.springframework.stereotype.Component;

/** Names of the deputies a liaison page shows, in one query for the page. */
@Component
public class DeputyNames {

	private final Directory directory;

	DeputyNames(Directory directory) {
		this.directory = directory;
	}

	/** Names by the person's number, the key the templates look them up by. */
	public Map<Long, String> of(Collection<PersonId> persons) {
		Map<Long, String> names = new HashMap<>();
		directory.names(persons).forEach((id, name) -> names.put(id.value(), name));
		return names;
	}
}
