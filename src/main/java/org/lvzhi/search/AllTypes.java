package org.lvzhi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.lvzhi.search.Search.AllTypesHits;
import org.lvzhi.search.Search.AllTypesQuery;
import org.lvzhi.search.Search.TypedHit;

/**
 * {@link Search#searchAll}: the type indexes read as one ({@link MultiReader}), so that scores
 * share one set of statistics. Two passes: one counts every match by type and by the common facets
 * (doc values, no scoring), the other finds the best hits of the types asked for, where Lucene may
 * skip documents that cannot make the page.
 */
final class AllTypes {

	/** A page never holds more, as for one type's search. */
	static final int MAX_LIMIT = 100;

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
			return new AllTypesHits(0, List.of(), Map.of(), Map.of());
		}
		return searchHeld(query, types, searchers);
	}

	private AllTypesHits searchHeld(AllTypesQuery query, List<String> types, List<IndexSearcher> searchers) {
		if (searchers.isEmpty()) {
			return new AllTypesHits(0, List.of(), Map.of(), Map.of());
		}
		Set<String> wanted = query.types() == null ? Set.of() : query.types();
		int offset = Math.max(0, query.offset());
		int limit = Math.min(query.limit(), MAX_LIMIT);
		try (MultiReader all = reader(searchers, i -> true);
				MultiReader asked = reader(searchers, i -> wanted.isEmpty() || wanted.contains(types.get(i)))) {
			IndexSearcher everywhere = new IndexSearcher(all);
			Query matching = queries.build(query.text(), query.facets(), query.readers());
			int[] starts = starts(searchers);
			boolean oneType = wanted.size() == 1;
			Counts counts = everywhere.search(matching, new CountsManager(types, starts, wanted, oneType));

			List<TypedHit> hits = new ArrayList<>();
			if (asked.maxDoc() > 0) {
				IndexSearcher searcher = new IndexSearcher(asked);
				List<String> askedTypes = new ArrayList<>();
				List<IndexSearcher> askedSearchers = new ArrayList<>();
				for (int i = 0; i < searchers.size(); i++) {
					if (wanted.isEmpty() || wanted.contains(types.get(i))) {
						askedTypes.add(types.get(i));
						askedSearchers.add(searchers.get(i));
					}
				}
				int[] askedStarts = starts(askedSearchers);
				TopDocs top = queries.search(searcher, query.text(), query.facets(), query.readers(), offset + limit);
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
			long total = wanted.isEmpty() ? counts.total
					: wanted.stream().mapToLong(t -> counts.types.getOrDefault(t, 0L)).sum();
			return new AllTypesHits(total, hits, sorted(counts.types), Map.of(SearchDocument.YEAR,
					sorted(counts.values.get(0)), SearchDocument.STATE, sorted(counts.values.get(1)), SearchDocument.ORG,
					sorted(counts.values.get(2))));
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

	private record CountsManager(List<String> types, int[] starts, Set<String> wanted, boolean states)
			implements CollectorManager<CountingCollector, Counts> {

		@Override
		public CountingCollector newCollector() {
			return new CountingCollector(this);
		}

		@Override
		public Counts reduce(Collection<CountingCollector> collectors) {
			Counts all = new Counts();
			collectors.forEach(c -> all.add(c.counts));
			return all;
		}
	}

	private static final class CountingCollector implements Collector {

		private final CountsManager manager;
		final Counts counts = new Counts();

		CountingCollector(CountsManager manager) {
			this.manager = manager;
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			String type = manager.types.get(ReaderUtil.subIndex(context.docBase, manager.starts));
			boolean asked = manager.wanted.isEmpty() || manager.wanted.contains(type);
			SortedSetDocValues[] values = new SortedSetDocValues[Counts.FACETS.size()];
			long[][] perOrd = new long[values.length][];
			for (int i = 0; i < values.length; i++) {
				boolean counted = asked && (i != 1 || manager.states);
				values[i] = counted ? DocValues.getSortedSet(context.reader(), Fields.facet(Counts.FACETS.get(i))) : null;
				perOrd[i] = values[i] == null ? new long[0] : new long[(int) Math.min(values[i].getValueCount(), 1 << 20)];
			}
			long[] inLeaf = new long[1];
			return new LeafCollector() {

				@Override
				public void setScorer(Scorable scorer) {
				}

				@Override
				public void collect(int doc) throws IOException {
					inLeaf[0]++;
					for (int i = 0; i < values.length; i++) {
						SortedSetDocValues dv = values[i];
						if (dv != null && dv.advanceExact(doc)) {
							for (int n = 0; n < dv.docValueCount(); n++) {
								long ord = dv.nextOrd();
								if (ord < perOrd[i].length) {
									perOrd[i][(int) ord]++;
								}
							}
						}
					}
				}

				@Override
				public void finish() throws IOException {
					counts.types.merge(type, inLeaf[0], Long::sum);
					if (asked) {
						counts.total += inLeaf[0];
					}
					for (int i = 0; i < values.length; i++) {
						for (int ord = 0; ord < perOrd[i].length; ord++) {
							if (perOrd[i][ord] > 0) {
								counts.values.get(i).merge(values[i].lookupOrd(ord).utf8ToString(), perOrd[i][ord], Long::sum);
							}
						}
					}
				}
			};
		}
	}
}
