package org.lvzhi.suggestions.search;

import org.lvzhi.search.FacetLabels;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the states of the suggestions' {@code state} facet as the suggestion pages do. */
@Configuration(proxyBeanMethods = false)
class SuggestionStateLabels {

	@Bean
	FacetLabels suggestionStates(MessageSource messages) {
		return FacetLabels.messages(SuggestionDocuments.TYPE, SearchDocument.STATE, messages,
				value -> "suggestions.state." + value);
	}
}
