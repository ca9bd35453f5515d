package org.lvzhi.suggestions;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

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

	/**
	 * A lookup for a list page that already knows the lead deputy and lead unit of each line, in
	 * one query for the deputies and one for the units rather than one per line.
	 */
	public Lookup lookup(Collection<SuggestionListItem> items) {
		Lookup lookup = new Lookup(directory);
		lookup.preload(items.stream().map(SuggestionListItem::leadUnitId).filter(Objects::nonNull).toList(),
				items.stream().map(SuggestionListItem::leadDeputyId).toList());
		return lookup;
	}

	public static final class Lookup {

		private final Directory directory;
		private final Map<Long, String> units = new HashMap<>();
		private final Map<Long, String> persons = new HashMap<>();

		Lookup(Directory directory) {
			this.directory = directory;
		}

		private void preload(Collection<Long> unitIds, Collection<Long> personIds) {
			Map<OrganizationId, String> unitNames = directory
				.organizationNames(unitIds.stream().distinct().map(OrganizationId::new).toList());
			unitIds.forEach(id -> units.put(id, unitNames.getOrDefault(new OrganizationId(id), "#" + id)));
			Map<PersonId, String> personNames = directory.names(personIds.stream().distinct().map(PersonId::new).toList());
			personIds.forEach(id -> persons.put(id, personNames.getOrDefault(new PersonId(id), "#" + id)));
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
