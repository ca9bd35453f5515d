package org.lvzhi.directory.search;

import java.util.Optional;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.search.FacetLabels;
import org.lvzhi.search.SearchDocument;
import org.springframework.stereotype.Component;

/**
 * Names the bodies of the search box's "body concerned" filter: every type's {@code org} facet holds
 * directory organization IDs, so one bean names them for all types ({@code *}).
 */
@Component
class OrganizationNames implements FacetLabels {

	@Override
	public String type() {
		return "*";
	}

	private final Directory directory;

	OrganizationNames(Directory directory) {
		this.directory = directory;
	}

	@Override
	public String facet() {
		return SearchDocument.ORG;
	}

	@Override
	public Optional<String> label(String value) {
		try {
			return directory.organization(new OrganizationId(Long.parseLong(value))).map(OrganizationView::name);
		}
		catch (NumberFormatException e) {
			// Some types keep a body's name as typed where the directory has none (liaison's forwardings).
			return Optional.of(value);
		}
	}
}
