package org.lvzhi.oversight.inquiry;

import java.util.List;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.PersonQuery;
import org.springframework.stereotype.Component;

/** Names typed in full in a picker field without taking a choice, resolved when exactly one matches. */
@Component
class TypedNames {

	private static final int LOOKED_AT = 20;

	private final Directory directory;

	TypedNames(Directory directory) {
		this.directory = directory;
	}

	/** The person whose name is exactly the one typed, when only one has it. */
	Long resolvePerson(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String clean = name.strip();
		List<Long> exact = directory.findPersons(new PersonQuery(clean, null, null, null, null, null), 1, LOOKED_AT).items()
			.stream().filter(p -> p.name().equals(clean)).map(p -> p.id().value()).toList();
		return exact.size() == 1 ? exact.get(0) : null;
	}

	/** The body whose name is exactly the one typed, when only one has it. */
	Long resolveBody(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String clean = name.strip();
		List<Long> exact = directory.findOrganizations(new OrganizationQuery(clean, null, null, null), 1, LOOKED_AT).items()
			.stream().filter(o -> o.name().equals(clean)).map(o -> o.id().value()).toList();
		return exact.size() == 1 ? exact.get(0) : null;
	}

}
