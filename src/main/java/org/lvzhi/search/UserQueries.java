package org.lvzhi.search;

import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a user typed into a Lucene query. The words are analysed, never parsed, so
 * {@code "(营商} or {@code AND} cannot cause a syntax error: any word may match (OR), title
 * matches count more, and the whole input as a phrase counts more still.
 */
final class UserQueries {

	/** Longer input is cut: nobody types more, and it keeps the clause count bounded. */
	static final int MAX_QUERY_CHARS = 200;

	private static final float TITLE_BOOST = 3f;
	private static final float TITLE_PHRASE_BOOST = 6f;
	private static final float BODY_PHRASE_BOOST = 2f;

	private final QueryBuilder builder;

	UserQueries(Analyzer analyzer) {
		this.builder = new QueryBuilder(analyzer);
	}

	/** The scoring part for the user's words, or {@code null} when they hold no word at all. */
	Query words(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String words = text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
		Query title = builder.createBooleanQuery(Fields.TITLE, words, Occur.SHOULD);
		Query body = builder.createBooleanQuery(Fields.BODY, words, Occur.SHOULD);
		if (title == null && body == null) {
			return null;
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		add(any, title, TITLE_BOOST);
		add(any, body, 1f);
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
		add(query, builder.createPhraseQuery(Fields.TITLE, words), TITLE_PHRASE_BOOST);
		add(query, builder.createPhraseQuery(Fields.BODY, words), BODY_PHRASE_BOOST);
		return query.build();
	}

	/**
	 * The full query: the words (or every document when there are none) restricted to what the
	 * readers may see and to the facet values asked for.
	 */
	Query build(String text, Map<String, Set<String>> facets, Set<String> readers) {
		Query words = words(text);
		BooleanQuery.Builder query = new BooleanQuery.Builder()
			.add(words == null ? new MatchAllDocsQuery() : words, Occur.MUST)
			.add(readable(readers), Occur.FILTER);
		if (facets != null) {
			facets.forEach((name, values) -> {
				// A facet named without values restricts nothing: forms send empty selections.
				if (name != null && values != null && !values.isEmpty()) {
					query.add(anyOf(Fields.facet(name), values), Occur.FILTER);
				}
			});
		}
		return query.build();
	}

	/** Documents that one of the reader's keys may see; none when the reader has no key. */
	static Query readable(Set<String> readers) {
		return anyOf(Fields.READER, readers);
	}

	static Query anyOf(String field, Set<String> values) {
		if (values == null || values.isEmpty()) {
			return new MatchNoDocsQuery();
		}
		return new TermInSetQuery(field,
				values.stream().filter(v -> v != null).map(BytesRef::new).toList());
	}

	private static void add(BooleanQuery.Builder query, Query clause, float boost) {
		if (clause != null) {
			query.add(boost == 1f ? clause : new BoostQuery(clause, boost), Occur.SHOULD);
		}
	}
}
