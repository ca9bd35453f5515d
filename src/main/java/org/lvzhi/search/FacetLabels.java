package org.lvzhi.search;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Optional, provided by the module that owns a document type: turns facet values into names for
 * the routing-hint fragment, e.g. {@code leadUnit=42} into 太原市住房和城乡建设局. Without one the
 * fragment ({@code /search/hint}) offers no hint for the type and facet: a module that shows its
 * hints only on its own pages (petitions) declares none.
 */
public interface FacetLabels {

	/** The document type, e.g. {@code suggestion}; {@code *} for a facet every type shares ({@code org}). */
	String type();

	/** The facet, e.g. {@code leadUnit}. */
	String facet();

	/** The name of a value in the user's language, or empty when unknown. */
	Optional<String> label(String value);

	/**
	 * Names read from the module's messages in the user's language, e.g. the values of
	 * {@link SearchDocument#STATE} with {@code value -> "suggestions.state." + value}; a value
	 * without a message is unknown.
	 */
	static FacetLabels messages(String type, String facet, MessageSource messages, Function<String, String> key) {
		return new FacetLabels() {

			@Override
			public String type() {
				return type;
			}

			@Override
			public String facet() {
				return facet;
			}

			@Override
			public Optional<String> label(String value) {
				if (value == null || value.isBlank()) {
					return Optional.empty();
				}
				return Optional.ofNullable(messages.getMessage(key.apply(value), null, null, LocaleContextHolder.getLocale()));
			}
		};
	}
}
