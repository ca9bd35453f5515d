package org.lvzhi.petitions.routing;

import org.lvzhi.search.FacetLabels;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the states of the petitions' {@code state} facet as the petition pages do. The body facet
 * has no labels: the office sees its routing hint on its own pages only.
 */
@Configuration(proxyBeanMethods = false)
class PetitionStateLabels {

	@Bean
	FacetLabels petitionStates(MessageSource messages) {
		return FacetLabels.messages(PetitionDocuments.TYPE, SearchDocument.STATE, messages,
				value -> "petitions.state." + value);
	}
}
