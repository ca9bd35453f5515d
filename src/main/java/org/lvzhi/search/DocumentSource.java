package org.lvzhi.search;

import java.util.function.Consumer;

/**
 * Implemented by a module for each document type it indexes, so that the index can be rebuilt
 * from the database: on demand by an administrator, and at start-up when the index is missing.
 */
public interface DocumentSource {

	/** The document type this source provides, e.g. {@code suggestion}. */
	String type();

	/**
	 * About how many documents {@link #forEach} will hand over, for showing a rebuild's progress;
	 * negative when unknown.
	 */
	default long size() {
		return -1;
	}

	/** Hands every current document of the type to the consumer, in any order. */
	void forEach(Consumer<SearchDocument> consumer);
}
