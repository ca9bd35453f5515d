package org.lvzhi.suggestions;

import java.util.HashMap;
import java.util.Map;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonView;
import org.springframework.stereotype.Component;

/** Names of units and persons for pages, looked up once per page. */
@Component("suggestionNames")
public class Names {

	private final Directory directory;

	public Names(Directory directory) {
		this.directory = directory;
	}

	/** A lookup for one page: {@code names.unit(id)}, {@code names.person(id)}. */
	public Lookup lookup() {
		return new Lookup(directory);
	}

	public static final class Lookup {

		private final Directory directory;
		private final Map<Long, String> units = new HashMap<>();
		private final Map<Long, String> persons = new HashMap<>();

		Lookup(Directory directory) {
			this.directory = directory;
		}

		public String unit(Long id) {
			return id == null ? "" : units.computeIfAbsent(id, k -> directory.organization(new OrganizationId(k))
				.map(OrganizationView::name).orElse("#" + k));
		}

		/** Names joined for display, e.g. 张三、李四. */
		public String persons(java.util.List<PersonId> ids) {
			return String.join("、", ids.stream().map(p -> person(p.value())).toList());
		}

		public String person(Long id) {
			return id == null ? "" : persons.computeIfAbsent(id, k -> directory.person(new PersonId(k))
				.map(PersonView::name).orElse("#" + k));
		}
	}
}
