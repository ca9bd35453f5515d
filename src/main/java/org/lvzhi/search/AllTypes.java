package org.lvzhi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.lvzhi.search.Search.AllTypesHits;
import org.lvzhi.search.Search.AllTypesQuery;
import org.lvzhi.search.Search.TypedHit;

/**
 * {@link Search#searchAll}: the type indexes read as one ({@link MultiReader}), so that scores
 * share one set of statistics. The best {@link #COUNT_WINDOW} matches of every type are counted by
 * type and by the common facets (doc values); the page's hits are the best of the types asked for
 * (the same pass when none is asked for). Both passes let Lucene skip documents that cannot make them.
 */
final class AllTypes {

	/** A page never holds more, as for one type's search. */
	static final int MAX_LIMIT = 100;

	/**
	 * The counts per type and facet are those of this many best matches; with fewer matches they are
	 * exact, with more the totals are lower bounds, as Lucene's own hit count is.
	 */
	static final int COUNT_WINDOW = 1000;

	private final UserQueries queries;
	private final Snippets snippets;

	AllTypes(UserQueries queries, Snippets snippets) {
		this.queries = queries;
		this.snippets = snippets;
	}

	/**
	 * @param types the type of each searcher, in the same order
	 * @param searchers the current searcher of each type's index, held open by the caller
	 */
	AllTypesHits search(AllTypesQuery query, List<String> types, List<IndexSearcher> searchers) {
		if (query == null || query.limit() <= 0 || query.text() == null || query.text().isBlank()) {
			return new AllTypesHits(0, List.of(), Map.of(), Map.of(), true);
		}
		return searchHeld(query, types, searchers);
	}

	private AllTypesHits searchHeld(AllTypesQuery query, List<String> types, List<IndexSearcher> searchers) {
		if (searchers.isEmpty()) {
			return new AllTypesHits(0, List.of(), Map.of(), Map.of(), true);
		}
		Set<String> wanted = query.types() == null ? Set.of() : query.types();
		int offset = Math.max(0, query.offset());
		int limit = Math.min(query.limit(), MAX_LIMIT);
		try (MultiReader all = reader(searchers, i -> true);
				MultiReader asked = reader(searchers, i -> wanted.isEmpty() || wanted.contains(types.get(i)))) {
			IndexSearcher everywhere = new IndexSearcher(all);
			Query matching = queries.build(query.text(), query.facets(), query.readers());
			int[] starts = starts(searchers);
			// The best matches of every type, found the way the page's hits are (Lucene skips what
			// cannot make them): counting every match instead cost 100-200 ms at 1,000,000 documents.
			TopDocs best = everywhere.search(matching,
					new TopScoreDocCollectorManager(Math.max(COUNT_WINDOW, offset + limit), COUNT_WINDOW));
			boolean exact = best.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
			Counts counts = count(all, best.scoreDocs, types, starts, wanted, wanted.size() == 1);

			List<TypedHit> hits = new ArrayList<>();
			long total = exact ? counts.total : best.totalHits.value();
			if (asked.maxDoc() > 0) {
				IndexSearcher searcher = wanted.isEmpty() ? everywhere : new IndexSearcher(asked);
				List<String> askedTypes = new ArrayList<>();
				List<IndexSearcher> askedSearchers = new ArrayList<>();
				for (int i = 0; i < searchers.size(); i++) {
					if (wanted.isEmpty() || wanted.contains(types.get(i))) {
						askedTypes.add(types.get(i));
						askedSearchers.add(searchers.get(i));
					}
				}
				int[] askedStarts = starts(askedSearchers);
				TopDocs first = wanted.isEmpty() ? best : searcher.search(matching,
						new TopScoreDocCollectorManager(Math.max(offset + limit, UserQueries.RESCORE_WINDOW), COUNT_WINDOW));
				if (!wanted.isEmpty()) {
					exact = exact && first.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
					total = first.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? first.totalHits.value()
							: Math.max(first.totalHits.value(), counts.total);
				}
				TopDocs top = queries.rescored(searcher, query.text(), first, offset + limit);
				ScoreDoc[] page = offset >= top.scoreDocs.length ? new ScoreDoc[0]
						: Arrays.copyOfRange(top.scoreDocs, offset, Math.min(top.scoreDocs.length, offset + limit));
				int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
				Query words = queries.words(query.text());
				Snippets.Snippet[] passages = words == null ? new Snippets.Snippet[page.length]
						: snippets.of(searcher, words, docIds);
				for (int i = 0; i < page.length; i++) {
					Document doc = searcher.storedFields().document(page[i].doc);
					String type = askedTypes.get(ReaderUtil.subIndex(page[i].doc, askedStarts));
					Snippets.Snippet s = passages[i];
					SearchHits.Hit hit = new SearchHits.Hit(doc.get(Fields.ID), page[i].score, doc.get(Fields.TITLE),
							s != null ? s.text() : Snippets.head(doc.get(Fields.BODY)), s != null ? s.marks() : List.of());
					hits.add(new TypedHit(type, hit, date(doc), facets(doc)));
				}
			}
			else {
				total = 0;
			}
			return new AllTypesHits(total, hits, sorted(counts.types), Map.of(SearchDocument.YEAR,
					sorted(counts.values.get(0)), SearchDocument.STATE, sorted(counts.values.get(1)), SearchDocument.ORG,
					sorted(counts.values.get(2))), exact);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static MultiReader reader(List<IndexSearcher> searchers, java.util.function.IntPredicate include)
			throws IOException {
		List<IndexReader> readers = new ArrayList<>();
		for (int i = 0; i < searchers.size(); i++) {
			if (include.test(i)) {
				readers.add(searchers.get(i).getIndexReader());
			}
		}
		// Not closing the sub-readers: they belong to the searcher managers.
		return new MultiReader(readers.toArray(IndexReader[]::new), false);
	}

	private static int[] starts(List<IndexSearcher> searchers) {
		int[] starts = new int[searchers.size()];
		int at = 0;
		for (int i = 0; i < searchers.size(); i++) {
			starts[i] = at;
			at += searchers.get(i).getIndexReader().maxDoc();
		}
		return starts;
	}

	static LocalDate date(Document doc) {
		var stored = doc.getField(Fields.DATE);
		return stored == null || stored.numericValue() == null ? null
				: LocalDate.ofEpochDay(stored.numericValue().longValue());
	}

	private static Map<String, List<String>> facets(Document doc) {
		Map<String, List<String>> facets = new LinkedHashMap<>();
		for (String name : List.of(SearchDocument.YEAR, SearchDocument.STATE, SearchDocument.ORG)) {
			String[] values = doc.getValues(Fields.facet(name));
			if (values.length > 0) {
				facets.put(name, List.of(values));
			}
		}
		return facets;
	}

	private static Map<String, Long> sorted(Map<String, Long> counts) {
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/** Matches per type and per value of the counted facets. */
	static final class Counts {

		long total;
		final Map<String, Long> types = new HashMap<>();
		/** Year, state, body, in the order of {@link #FACETS}. */
		final List<Map<String, Long>> values = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());

		static final List<String> FACETS = List.of(SearchDocument.YEAR, SearchDocument.STATE, SearchDocument.ORG);

		void add(Counts other) {
			total += other.total;
			other.types.forEach((k, v) -> types.merge(k, v, Long::sum));
			for (int i = 0; i < values.size(); i++) {
				Map<String, Long> mine = values.get(i);
				other.values.get(i).forEach((k, v) -> mine.merge(k, v, Long::sum));
			}
		}
	}

	/**
	 * Counts the best matches by type and, within the types asked for, by the common facets' values,
	 * reading the doc values leaf by leaf in document order.
	 */
	private static Counts count(IndexReader reader, ScoreDoc[] best, List<String> types, int[] starts,
			Set<String> wanted, boolean states) throws IOException {
		Counts counts = new Counts();
		int[] docs = Arrays.stream(best).mapToInt(d -> d.doc).sorted().toArray();
		List<LeafReaderContext> leaves = reader.leaves();
		int leafAt = -1;
		SortedSetDocValues[] values = new SortedSetDocValues[Counts.FACETS.size()];
		LeafReaderContext leaf = null;
		for (int doc : docs) {
			String type = types.get(ReaderUtil.subIndex(doc, starts));
			counts.types.merge(type, 1L, Long::sum);
			boolean asked = wanted.isEmpty() || wanted.contains(type);
			if (!asked) {
				continue;
			}
			counts.total++;
			int l = ReaderUtil.subIndex(doc, leaves);
			if (l != leafAt) {
				leafAt = l;
				leaf = leaves.get(l);
				for (int i = 0; i < values.length; i++) {
					values[i] = DocValues.getSortedSet(leaf.reader(), Fields.facet(Counts.FACETS.get(i)));
				}
			}
			for (int i = 0; i < values.length; i++) {
				if (i == 1 && !states) {
					continue;
				}
				SortedSetDocValues dv = values[i];
				if (dv.advanceExact(doc - leaf.docBase)) {
					for (int n = 0; n < dv.docValueCount(); n++) {
						counts.values.get(i).merge(dv.lookupOrd(dv.nextOrd()).utf8ToString(), 1L, Long::sum);
					}
				}
			}
		}
		return counts;
	}
}
