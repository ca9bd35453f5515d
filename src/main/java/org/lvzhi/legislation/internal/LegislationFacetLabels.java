package org.lvzhi.legislation.internal;

import org.lvzhi.search.FacetLabels;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the {@code state} facet of the legislation's search documents as the legislation pages
 * do: a law's status, a draft's project status, a comment's decision.
 */
@Configuration(proxyBeanMethods = false)
class LegislationFacetLabels {

	@Bean
	FacetLabels lawStates(MessageSource messages) {
		return FacetLabels.messages("law", SearchDocument.STATE, messages, value -> "legislation.status." + value);
	}

	@Bean
	FacetLabels draftStates(MessageSource messages) {
		return FacetLabels.messages("draft", SearchDocument.STATE, messages,
				value -> "legislation.projectStatus." + value);
	}

	@Bean
	FacetLabels commentStates(MessageSource messages) {
		return FacetLabels.messages("comment", SearchDocument.STATE, messages,
				value -> "UNDECIDED".equals(value) ? "process.comment.undecided" : "process.decision." + value);
	}
}
