package org.lvzhi.oversight.web;

import java.util.Optional;

import org.lvzhi.search.FacetLabels;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Names the {@code state} facet of an oversight document type with the words the module's pages use
 * for the state ({@code prefix + STATE}), in the reader's language.
 */
public class StateLabels implements FacetLabels {

	private final String type;
	private final String prefix;
	private final MessageSource messages;

	public StateLabels(String type, String prefix, MessageSource messages) {
		this.type = type;
		this.prefix = prefix;
		this.messages = messages;
	}

	@Override
	public String type() {
		return type;
	}

	@Override
	public String facet() {
		return SearchDocument.STATE;
	}

	@Override
	public Optional<String> label(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(messages.getMessage(prefix + value, null, null, LocaleContextHolder.getLocale()));
	}
}
