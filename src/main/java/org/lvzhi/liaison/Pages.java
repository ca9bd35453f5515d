package org.lvzhi.liaison;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonView;
import org.springframework.stereotype.Component;

/** What the liaison pages share: names of deputies. */
@Component
class Pages {

	private final Directory directory;

	Pages(Directory directory) {
		this.directory = directory;
	}

	/** Names of deputies by person ID. */
	Map<Long, String> names(List<PersonId> persons) {
		return persons.stream().distinct().map(directory::person).flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(p -> p.id().value(), PersonView::name, (a, b) -> a));
	}

}
