package org.lvzhi.oversight.web;

import java.util.Set;

import org.lvzhi.search.SearchDocument;

/**
 * The search reader keys of those who read every oversight record on the module's pages
 * ({@link OversightAccess#readsAll}): the office's staff and the standing committee's members.
 */
public final class OversightReaders {

	/** Staff and members, in a stable order. */
	public static final Set<String> READING_ALL = java.util.Collections
		.unmodifiableSet(new java.util.LinkedHashSet<>(java.util.List.of(SearchDocument.STAFF, SearchDocument.MEMBERS)));

	private OversightReaders() {
	}
}
