package org.lvzhi.search;

import java.util.Optional;

/**
 * Optional, provided by the module that owns a document type: turns facet values into names for
 * the routing-hint fragment, e.g. {@code leadUnit=42} into 太原市住房和城乡建设局. Without one the
 * values are shown as they are.
 */
public interface FacetLabels {

	/** The document type, e.g. {@code suggestion}. */
	String type();

	/** The facet, e.g. {@code leadUnit}. */
	String facet();

	/** The name of a value in the user's language, or empty when unknown. */
	Optional<String> label(String value);
}
