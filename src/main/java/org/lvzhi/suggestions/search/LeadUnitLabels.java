package org.lvzhi.suggestions.search;

import java.util.Optional;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.search.FacetLabels;
import org.springframework.stereotype.Component;

/** Names the units of the routing hint: the {@code leadUnit} facet holds organization IDs. */
@Component
class LeadUnitLabels implements FacetLabels {

	static final String FACET = "leadUnit";

	private final Directory directory;

	LeadUnitLabels(Directory directory) {
		this.directory = directory;
	}

	@Override
	public String type() {
		return SuggestionDocuments.TYPE;
	}

	@Override
	public String facet() {
		return FACET;
	}

	@Override
	public Optional<String> label(String value) {
		try {
			return directory.organization(new OrganizationId(Long.parseLong(value))).map(OrganizationView::name);
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
