package org.lvzhi.search;

import java.util.Map;
import java.util.Set;

/**
 * A full-text query over one document type.
 *
 * @param type the document type
 * @param text the user's words (Chinese or mixed); blank means "all documents matching the filters"
 * @param facets required facet values: a document matches when, for every facet named, it holds
 *     one of the values given
 * @param readers the reader's scope keys; only documents readable by one of them are returned
 * @param offset first hit, from 0
 * @param limit how many hits at most
 */
public record SearchQuery(String type, String text, Map<String, Set<String>> facets, Set<String> readers, int offset,
		int limit) {
}
