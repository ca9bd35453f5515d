package org.lvzhi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
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

	/** A variant with a synonym in place of the user's word counts a little less than the words typed. */
	static final float SYNONYM_WEIGHT = 0.9f;

	private final QueryBuilder builder;
	private final Synonyms synonyms;

	UserQueries(Analyzer analyzer) {
		this(analyzer, Synonyms.bundled());
	}

	UserQueries(Analyzer analyzer, Synonyms synonyms) {
		this.builder = new QueryBuilder(analyzer);
		this.synonyms = synonyms;
	}

	/**
	 * The phrase boosts are scored on this many best hits of the first pass only: scored on every
	 * match they were four fifths of a search's CPU at 1,000,000 suggestions (docs/benchmarks.md).
	 */
	static final int RESCORE_WINDOW = 400;

	/**
	 * The scoring part for the user's words, any word and the phrases in one query, or
	 * {@code null} when they hold no word at all; for highlighting.
	 */
	Query words(String text) {
		Query any = matching(text);
		if (any == null) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(any, Occur.MUST);
		Query phrases = phrases(text);
		if (phrases != null) {
			query.add(phrases, Occur.SHOULD);
		}
		return query.build();
	}

	/**
	 * Any of the words, title matches weighted up; {@code null} when there is no word. With a
	 * listed synonym in the text, the best of the text and its variants ({@link Synonyms}), so a
	 * record holding both forms does not count twice.
	 */
	Query matching(String text) {
		String words = cut(text);
		if (words == null) {
			return null;
		}
		Query typed = anyWord(words);
		List<Synonyms.Variant> variants = synonyms.variants(words);
		if (variants.isEmpty()) {
			return typed;
		}
		List<Query> best = new ArrayList<>();
		if (typed != null) {
			best.add(typed);
		}
		for (Synonyms.Variant variant : variants) {
			Query q = variant(variant);
			if (q != null) {
				best.add(new BoostQuery(q, SYNONYM_WEIGHT));
			}
		}
		return best.isEmpty() ? null : best.size() == 1 ? best.get(0) : new DisjunctionMaxQuery(best, 0f);
	}

	/**
	 * The rest of the text as any word, and each word standing for the synonym as a whole word (a
	 * phrase of its pieces): 人民检察院 must not be found by 人民 alone, which jieba also emits.
	 */
	private Query variant(Synonyms.Variant variant) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		Query rest = variant.rest().isBlank() ? null : anyWord(variant.rest());
		if (rest != null) {
			query.add(rest, Occur.SHOULD);
		}
		BooleanQuery.Builder standIns = new BooleanQuery.Builder();
		for (String word : variant.words()) {
			add(standIns, builder.createPhraseQuery(Fields.TITLE, word), TITLE_BOOST);
			add(standIns, builder.createPhraseQuery(Fields.BODY, word), 1f);
		}
		BooleanQuery words = standIns.build();
		if (words.clauses().isEmpty()) {
			return rest;
		}
		query.add(words, Occur.SHOULD);
		return query.build();
	}

	/**
	 * A phrase of several words in the title: scored in the first pass, because a record whose title
	 * is what was typed (第十五届常委会第十次会议, a body's name) may hold its words too rarely to be
	 * among the best hits the rescoring sees. Titles are short, so their phrases are cheap.
	 */
	private Query titlePhrase(String words) {
		Query phrase = builder.createPhraseQuery(Fields.TITLE, words);
		return phrase instanceof org.apache.lucene.search.PhraseQuery
				|| phrase instanceof org.apache.lucene.search.MultiPhraseQuery ? phrase : null;
	}

	private Query anyWord(String words) {
		Query title = builder.createBooleanQuery(Fields.TITLE, words, Occur.SHOULD);
		Query body = builder.createBooleanQuery(Fields.BODY, words, Occur.SHOULD);
		if (title == null && body == null) {
			return null;
		}
		Query phrase = titlePhrase(words);
		// One flat disjunction of every word in either field: the same sum of scores as a title query
		// plus a body query, but its scorer can skip documents that cannot reach the best hits by
		// each word's own maximum score, which nested disjunctions bound only as a whole.
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		addFlat(any, title, TITLE_BOOST);
		addFlat(any, body, 1f);
		add(any, phrase, TITLE_PHRASE_BOOST);
		return any.build();
	}

	/** Adds the optional clauses of a disjunction one by one, or the query itself when it is not one. */
	private static void addFlat(BooleanQuery.Builder query, Query clause, float boost) {
		if (clause instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
				&& bool.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
			bool.clauses().forEach(c -> add(query, c.query(), boost));
		}
		else {
			add(query, clause, boost);
		}
	}

	/** The whole input as a phrase in the title and in the body; {@code null} when there is none. */
	Query phrases(String text) {
		String words = cut(text);
		if (words == null) {
			return null;
		}
		// A title phrase of several words is already in the first pass (titlePhrase).
		Query title = titlePhrase(words) != null ? null : builder.createPhraseQuery(Fields.TITLE, words);
		Query body = builder.createPhraseQuery(Fields.BODY, words);
		if (title == null && body == null) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		add(query, title, TITLE_PHRASE_BOOST);
		add(query, body, BODY_PHRASE_BOOST);
		return query.build();
	}

	/**
	 * The best {@code n} hits: the first pass scores any word (see {@link #build}), then the phrase
	 * boosts are added to the best {@link #RESCORE_WINDOW} of them, which ranks them as one query
	 * holding both would, without scoring phrases on every match.
	 */
	TopDocs search(IndexSearcher searcher, String text, Map<String, Set<String>> facets, Set<String> readers, int n)
			throws IOException {
		return search(searcher, text, facets, readers, n, RESCORE_WINDOW);
	}

	/** As {@link #search(IndexSearcher, String, Map, Set, int)} with another rescoring window (experiments). */
	TopDocs search(IndexSearcher searcher, String text, Map<String, Set<String>> facets, Set<String> readers, int n,
			int window) throws IOException {
		TopDocs first = searcher.search(build(text, facets, readers), Math.max(n, window));
		return rescored(searcher, text, first, n);
	}

	/**
	 * The best {@code n} of a first pass's hits (best first, at least {@link #RESCORE_WINDOW} of
	 * them when there are) with the phrase boosts added, as {@link #search} ranks them.
	 */
	TopDocs rescored(IndexSearcher searcher, String text, TopDocs first, int n) throws IOException {
		if (first.scoreDocs.length > Math.max(n, RESCORE_WINDOW)) {
			first = new TopDocs(first.totalHits, Arrays.copyOf(first.scoreDocs, Math.max(n, RESCORE_WINDOW)));
		}
		Query phrases = phrases(text);
		if (phrases == null || first.scoreDocs.length == 0) {
			return first.scoreDocs.length <= n ? first : new TopDocs(first.totalHits, Arrays.copyOf(first.scoreDocs, n));
		}
		return QueryRescorer.rescore(searcher, first, phrases, 1, n);
	}

	private static String cut(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
	}

	/**
	 * The first pass: any of the words (or every document when there are none) restricted to what
	 * the readers may see and to the facet values asked for.
	 */
	Query build(String text, Map<String, Set<String>> facets, Set<String> readers) {
		Query words = matching(text);
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
