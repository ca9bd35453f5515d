package org.lvzhi.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Queries over the search index. Results honour the readers' scope keys.
 */
public interface Search {

	/** Full-text search with facet filters, best match first. */
	SearchHits search(SearchQuery query);

	/**
	 * One query over several document types at once, as the search box asks it: the best hits of
	 * the types asked for (all the reader may see when none), and how many matches each type, year,
	 * state and body holds. Scores are comparable across types: the index statistics are those of
	 * all the types searched together.
	 */
	AllTypesHits searchAll(AllTypesQuery query);

	/**
	 * @param types the types whose hits are listed; empty means every type
	 * @param text the user's words; blank lists nothing (the box needs words)
	 * @param facets required values of the common facets ({@link SearchDocument#YEAR},
	 *     {@link SearchDocument#STATE}, {@link SearchDocument#ORG})
	 * @param readers the reader's scope keys
	 */
	record AllTypesQuery(Set<String> types, String text, Map<String, Set<String>> facets, Set<String> readers,
			int offset, int limit) {
	}

	/**
	 * @param total how many documents of the types asked for match
	 * @param hits the page asked for, best first
	 * @param types matches per type over every type (so that other types can be offered), largest first
	 * @param counts matches per value of each common facet within the types asked for, largest first;
	 *     states only when one type is asked for, since each type names its own states
	 * @param exact whether the total and the counts cover every match; with more matches than the
	 *     search counts (a thousand), they are those of the best matches and the total is a lower bound
	 */
	record AllTypesHits(long total, List<TypedHit> hits, Map<String, Long> types, Map<String, Map<String, Long>> counts,
			boolean exact) {
	}

	/**
	 * @param type the document type of the hit
	 * @param hit the hit as {@link #search} returns it
	 * @param date the record's date, may be {@code null}
	 * @param facets the stored values of the common facets
	 */
	record TypedHit(String type, SearchHits.Hit hit, java.time.LocalDate date, Map<String, List<String>> facets) {
	}

	/**
	 * The documents of a type most similar to a text (e.g. a draft suggestion), best first, with a
	 * score in [0, 1] that is comparable across calls, for duplicate warnings and merging.
	 *
	 * @param exclude IDs never to return (e.g. the document itself)
	 */
	List<SearchHits.Hit> similar(String type, String text, int limit, Set<String> readers, Set<String> exclude);

	/**
	 * As {@link #similar(String, String, int, Set, Set)} among the documents holding the facet
	 * values given only (as {@link SearchQuery#facets()} filters), e.g. the comments on one draft.
	 */
	List<SearchHits.Hit> similar(String type, String text, int limit, Set<String> readers, Set<String> exclude,
			Map<String, Set<String>> facets);

	/**
	 * A routing hint: the values of a facet (e.g. {@code leadUnit}) among the documents most similar
	 * to a text, each with a weight in [0, 1] and the number of those documents that hold it, best
	 * first. A document without the facet (a record not yet routed) adds nothing.
	 */
	List<FacetHint> hint(String type, String text, String facet, int limit);

	/**
	 * How often the routing hint would have named the body a record was really routed to: each of
	 * up to {@code sample} documents holding the facet (spread evenly over the index) is hinted
	 * from its own text against all the others, leave-one-out, and its real value compared with
	 * the first and the first three hinted values. For showing staff how far to trust the hints.
	 */
	HintAccuracy hintAccuracy(String type, String facet, int sample);

	/**
	 * @param checked how many routed documents were hinted
	 * @param top1 the share of them whose real value was the first hint, in [0, 1]
	 * @param top3 the share whose real value was among the first three
	 */
	record HintAccuracy(int checked, double top1, double top3) {
	}

	/**
	 * Builds the index of a type again from its {@link DocumentSource} and puts it in place of the
	 * old one, which answers searches meanwhile; returns the new index's document count.
	 */
	long rebuild(String type);

	/** How many documents of a type the index holds. */
	long count(String type);

	/**
	 * @param weight the share of the similar documents' similarity that holds the value, in [0, 1]
	 * @param count how many of the similar documents hold the value (past routings to a body)
	 */
	record FacetHint(String value, double weight, int count) {

		public FacetHint(String value, double weight) {
			this(value, weight, 0);
		}
	}

	static Map<String, Set<String>> facets(Object... pairs) {
		java.util.Map<String, Set<String>> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			map.put(String.valueOf(pairs[i]), Set.of(String.valueOf(pairs[i + 1])));
		}
		return map;
	}
}
