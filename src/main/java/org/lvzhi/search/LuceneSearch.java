package org.lvzhi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.springframework.stereotype.Component;

/**
 * {@link Search} on the Lucene indexes. Bad input (blank text, unknown type, a limit of 0)
 * yields no hits rather than an error, because it comes straight from forms.
 */
@Component
class LuceneSearch implements Search {

	/** A page never holds more; a caller asking for more gets this many. */
	static final int MAX_LIMIT = 100;
	/** How many similar documents a routing hint looks at. */
	static final int HINT_NEIGHBOURS = 20;
	/** Below this a document shares too little with the text to say anything about routing. */
	static final double HINT_MIN_SIMILARITY = 0.05;

	private final Indexes indexes;
	private final Rebuilds rebuilds;
	private final UserQueries queries;
	private final Resemblance resemblance;
	private final Snippets snippets;
	private final AllTypes allTypes;

	LuceneSearch(Indexes indexes, Rebuilds rebuilds) {
		this.indexes = indexes;
		this.rebuilds = rebuilds;
		this.queries = new UserQueries(indexes.analyzer());
		this.resemblance = new Resemblance(indexes.analyzer());
		this.snippets = new Snippets(indexes.analyzer());
		this.allTypes = new AllTypes(queries, snippets);
	}

	@Override
	public AllTypesHits searchAll(AllTypesQuery query) {
		return searchAll(query, allTypes);
	}

	/** As {@link #searchAll(AllTypesQuery)} with another reading of the query (relevance measurements). */
	AllTypesHits searchAll(AllTypesQuery query, AllTypes allTypes) {
		List<TypeIndex> open = new ArrayList<>();
		List<String> types = new ArrayList<>();
		for (String type : indexes.types()) {
			indexes.forReading(type).ifPresent(index -> {
				open.add(index);
				types.add(type);
			});
		}
		return withSearchers(open, 0, new ArrayList<>(), held -> allTypes.search(query, types, held));
	}

	/** Holds every type's current searcher (each under its index's read lock) while the work runs. */
	private static <T> T withSearchers(List<TypeIndex> open, int at, List<IndexSearcher> held,
			java.util.function.Function<List<IndexSearcher>, T> work) {
		if (at == open.size()) {
			return work.apply(held);
		}
		return open.get(at).withSearcher(searcher -> {
			held.add(searcher);
			return withSearchers(open, at + 1, held, work);
		});
	}

	@Override
	public SearchHits search(SearchQuery query) {
		if (query == null || query.limit() <= 0) {
			return new SearchHits(0, List.of());
		}
		int offset = Math.max(0, query.offset());
		int limit = Math.min(query.limit(), MAX_LIMIT);
		return indexes.forReading(query.type()).map(index -> index.withSearcher(searcher -> {
			TopDocs top = queries.search(searcher, query.text(), query.facets(), query.readers(), offset + limit);
			ScoreDoc[] page = slice(top.scoreDocs, offset, limit);
			Query words = queries.words(query.text());
			return new SearchHits(top.totalHits.value(), hits(searcher, page, words));
		})).orElseGet(() -> new SearchHits(0, List.of()));
	}

	@Override
	public List<SearchHits.Hit> similar(String type, String text, int limit, Set<String> readers, Set<String> exclude) {
		return similar(type, text, limit, readers, exclude, Map.of());
	}

	@Override
	public List<SearchHits.Hit> similar(String type, String text, int limit, Set<String> readers, Set<String> exclude,
			Map<String, Set<String>> facets) {
		if (limit <= 0) {
			return List.of();
		}
		BooleanQuery.Builder filter = new BooleanQuery.Builder().add(UserQueries.readable(readers), Occur.FILTER);
		if (facets != null) {
			facets.forEach((name, values) -> {
				if (name != null && values != null && !values.isEmpty()) {
					filter.add(UserQueries.anyOf(Fields.facet(name), values), Occur.FILTER);
				}
			});
		}
		List<Neighbour> neighbours = neighbours(type, text, Math.min(limit, MAX_LIMIT), filter.build(), exclude);
		return neighbours.stream()
			.filter(n -> n.similarity() > 0)
			.map(n -> new SearchHits.Hit(n.id(), (float) n.similarity(), n.title(), n.snippet().text(),
					n.snippet().marks()))
			.toList();
	}

	@Override
	public List<FacetHint> hint(String type, String text, String facet, int limit) {
		return hint(type, text, facet, limit, Set.of());
	}

	@Override
	public HintAccuracy hintAccuracy(String type, String facet, int sample) {
		if (facet == null || sample <= 0) {
			return new HintAccuracy(0, 0, 0);
		}
		List<String[]> routed = indexes.forReading(type).map(index -> index.withSearcher(searcher -> {
			TopDocs all = searcher.search(org.apache.lucene.search.TermRangeQuery.newStringRange(Fields.facet(facet), null, null, true, true),
					Math.max(1, searcher.getIndexReader().maxDoc()));
			int step = Math.max(1, all.scoreDocs.length / sample);
			List<String[]> picked = new ArrayList<>();
			for (int i = 0; i < all.scoreDocs.length && picked.size() < sample; i += step) {
				Document doc = searcher.storedFields().document(all.scoreDocs[i].doc);
				String[] values = doc.getValues(Fields.facet(facet));
				if (values.length > 0) {
					picked.add(new String[] { doc.get(Fields.ID), doc.get(Fields.TITLE) + "\n" + doc.get(Fields.BODY),
							String.join("\u0001", values) });
				}
			}
			return picked;
		})).orElse(List.of());
		int top1 = 0;
		int top3 = 0;
		for (String[] doc : routed) {
			Set<String> real = Set.of(doc[2].split("\u0001"));
			List<FacetHint> hints = hint(type, doc[1], facet, 3, Set.of(doc[0]));
			if (!hints.isEmpty() && real.contains(hints.get(0).value())) {
				top1++;
			}
			if (hints.stream().anyMatch(h -> real.contains(h.value()))) {
				top3++;
			}
		}
		int n = routed.size();
		return new HintAccuracy(n, n == 0 ? 0 : (double) top1 / n, n == 0 ? 0 : (double) top3 / n);
	}

	private List<FacetHint> hint(String type, String text, String facet, int limit, Set<String> exclude) {
		if (facet == null || limit <= 0) {
			return List.of();
		}
		// A hint is for the staff who route, who see every document.
		List<Neighbour> neighbours = neighbours(type, text, HINT_NEIGHBOURS, new MatchAllDocsQuery(), exclude);
		Map<String, Double> weights = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		double total = 0;
		for (Neighbour n : neighbours) {
			if (n.similarity() < HINT_MIN_SIMILARITY) {
				continue;
			}
			total += n.similarity();
			for (String value : n.document().getValues(Fields.facet(facet))) {
				weights.merge(value, n.similarity(), Double::sum);
				counts.merge(value, 1, Integer::sum);
			}
		}
		double sum = total;
		return weights.entrySet()
			.stream()
			.map(e -> new FacetHint(e.getKey(), sum == 0 ? 0 : Math.min(1, e.getValue() / sum), counts.get(e.getKey())))
			.sorted(Comparator.comparingDouble(FacetHint::weight).reversed())
			.limit(limit)
			.toList();
	}

	@Override
	public long rebuild(String type) {
		return rebuilds.now(type);
	}

	@Override
	public long count(String type) {
		return indexes.forReading(type).map(TypeIndex::count).orElse(0L);
	}

	/** The most similar documents by cosine, best first. */
	private List<Neighbour> neighbours(String type, String text, int limit, Query readable, Set<String> exclude) {
		return indexes.forReading(type).map(index -> index.withSearcher(searcher -> {
			Resemblance.Idf idf = new Resemblance.Idf(searcher.getIndexReader());
			Map<String, Double> wanted = resemblance.weights(resemblance.words(text), idf);
			Query candidates = resemblance.candidates(wanted);
			if (candidates == null) {
				return List.<Neighbour>of();
			}
			BooleanQuery.Builder query = new BooleanQuery.Builder().add(candidates, Occur.MUST)
				.add(readable, Occur.FILTER);
			if (exclude != null && !exclude.isEmpty()) {
				query.add(UserQueries.anyOf(Fields.ID, exclude), Occur.MUST_NOT);
			}
			TopDocs top = searcher.search(query.build(), Math.max(limit * 5, 50));
			List<Neighbour> found = new ArrayList<>();
			StoredFields stored = searcher.storedFields();
			TermVectors vectors = searcher.getIndexReader().termVectors();
			for (ScoreDoc hit : top.scoreDocs) {
				Document doc = stored.document(hit.doc);
				Map<String, Double> theirs = resemblance.weights(
						resemblance.words(vectors, hit.doc, doc.get(Fields.TITLE), doc.get(Fields.BODY)), idf);
				found.add(new Neighbour(hit.doc, doc, Resemblance.cosine(wanted, theirs), null));
			}
			found.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
			List<Neighbour> best = found.subList(0, Math.min(limit, found.size()));
			Snippets.Snippet[] passages = snippets.of(searcher, candidates,
					best.stream().mapToInt(Neighbour::docId).toArray());
			List<Neighbour> withSnippets = new ArrayList<>();
			for (int i = 0; i < best.size(); i++) {
				Snippets.Snippet s = passages[i] == null ? new Snippets.Snippet(null, List.of()) : passages[i];
				withSnippets.add(best.get(i).with(s));
			}
			return withSnippets;
		})).orElse(List.of());
	}

	private List<SearchHits.Hit> hits(IndexSearcher searcher, ScoreDoc[] page, Query words) throws IOException {
		int[] docIds = new int[page.length];
		for (int i = 0; i < page.length; i++) {
			docIds[i] = page[i].doc;
		}
		Snippets.Snippet[] passages = words == null ? new Snippets.Snippet[page.length]
				: snippets.of(searcher, words, docIds);
		List<SearchHits.Hit> hits = new ArrayList<>();
		for (int i = 0; i < page.length; i++) {
			Document doc = searcher.storedFields().document(page[i].doc);
			Snippets.Snippet s = passages[i];
			String snippet = s != null ? s.text() : Snippets.head(doc.get(Fields.BODY));
			hits.add(new SearchHits.Hit(doc.get(Fields.ID), page[i].score, doc.get(Fields.TITLE), snippet,
					s != null ? s.marks() : List.of()));
		}
		return hits;
	}


	private static ScoreDoc[] slice(ScoreDoc[] all, int offset, int limit) {
		if (offset >= all.length) {
			return new ScoreDoc[0];
		}
		int to = Math.min(all.length, offset + limit);
		ScoreDoc[] page = new ScoreDoc[to - offset];
		System.arraycopy(all, offset, page, 0, page.length);
		return page;
	}

	private record Neighbour(int docId, Document document, double similarity, Snippets.Snippet snippet) {

		String id() {
			return document.get(Fields.ID);
		}

		String title() {
			return document.get(Fields.TITLE);
		}

		Neighbour with(Snippets.Snippet s) {
			return new Neighbour(docId, document, similarity, s);
		}
	}
}
