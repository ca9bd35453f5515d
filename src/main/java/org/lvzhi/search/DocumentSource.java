package org.lvzhi.search;

import java.util.function.Consumer;

/**
 * Implemented by a module for each document type it indexes, so that the index can be rebuilt
 * from the database: on demand by an administrator, and at start-up when the index is missing.
 * The same bean tells the search pages where a hit of its type is read.
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

	/**
	 * The page a signed-in user reads the record of a hit on (a path such as
	 * {@code /suggestions/42}), or {@code null} when the type has none: the hit is then listed
	 * without a link. The page itself still checks that the user may see the record.
	 */
	default String link(String id) {
		return null;
	}

	/**
	 * The public page of a hit for visitors who are not signed in, or {@code null} when the record
	 * has none. Only documents readable with the {@code public} key reach visitors at all.
	 */
	default String publicLink(String id) {
		return null;
	}

	/**
	 * The reader keys of a signed-in user (or of a visitor, for {@code null}): what a module that
	 * searches on its own pages passes to {@link Search}, derived as for the search box.
	 */
	static java.util.Set<String> readerKeys(org.springframework.security.core.Authentication user) {
		return ReaderKeys.of(user);
	}
}
