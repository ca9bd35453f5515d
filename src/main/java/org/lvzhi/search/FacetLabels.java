package org.lvzhi.search;

import java.util.Optional;

/**
 * Optional, provided by the module that owns a document type: turns facet values into names for
 * the routing-hint fragment, e.g. {@code leadUnit=42} into 太原市住房和城乡建设局. Without one the
 * fragment ({@code /search/hint}) offers no hint for the type and facet: a module that shows its
 * hints only on its own pages (petitions) declares none.
 */
public interface FacetLabels {

	/** The document type, e.g. {@code suggestion}. */
	String type();

	/** The facet, e.g. {@code leadUnit}. */
	String facet();

	/** The name of a value in the user's language, or empty when unknown. */
	Optional<String> label(String value);
}
