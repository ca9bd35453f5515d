package org.lvzhi.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The raw baseline of the suggestions benchmark: the app's searches straight on the index folder
 * the app committed, opened read-only, without Spring, HTTP or Thymeleaf. Lives in the app's
 * package to use its own {@link ChineseAnalysis}, {@link UserQueries}, {@link Resemblance} and
 * {@link Snippets}, which bench/pom.xml compiles from ../src/main/java.
 *
 * <p>{@link #search} mirrors {@code LuceneSearch.search} and {@link #similar} mirrors
 * {@code LuceneSearch.similar}/{@code neighbours} line by line (LuceneSearch itself needs Spring
 * beans): when those change, change these too.
 */
public final class BenchLucene implements Closeable {

	private final FSDirectory directory;
	private final DirectoryReader reader;
	private final IndexSearcher searcher;
	private final ChineseAnalysis analyzer = new ChineseAnalysis();
	private final UserQueries queries = new UserQueries(analyzer);
	private final Resemblance resemblance = new Resemblance(analyzer);
	private final Snippets snippets = new Snippets(analyzer);

	public record Hits(long total, List<String> ids) {
	}

	public BenchLucene(Path folder) throws IOException {
		directory = FSDirectory.open(folder);
		reader = DirectoryReader.open(directory);
		searcher = new IndexSearcher(reader);
		ChineseAnalysis.segmenter();
	}

	public int numDocs() {
		return reader.numDocs();
	}

	/** One page of a full-text search, hits with their stored title and snippet, as LuceneSearch.search. */
	public Hits search(String text, Map<String, Set<String>> facets, Set<String> readers, int offset, int limit)
			throws IOException {
		TopDocs top = queries.search(searcher, text, facets, readers, offset + limit);
		int to = Math.min(top.scoreDocs.length, offset + limit);
		int from = Math.min(offset, to);
		int[] docIds = new int[to - from];
		for (int i = from; i < to; i++) {
			docIds[i - from] = top.scoreDocs[i].doc;
		}
		Query words = queries.words(text);
		Snippets.Snippet[] passages = words == null ? new Snippets.Snippet[docIds.length]
				: snippets.of(searcher, words, docIds);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < docIds.length; i++) {
			Document doc = searcher.storedFields().document(docIds[i]);
			String title = doc.get(Fields.TITLE);
			String snippet = passages[i] != null ? passages[i].text() : doc.get(Fields.BODY);
			if (title == null || snippet == null) {
				throw new IllegalStateException("document without title or body: " + doc.get(Fields.ID));
			}
			ids.add(doc.get(Fields.ID));
		}
		return new Hits(top.totalHits.value(), ids);
	}

	/**
	 * The search box's search over several type indexes at once, as {@code LuceneSearch.searchAll}:
	 * each folder's reader held open, {@link AllTypes} counting and ranking over them as one.
	 */
	public static final class AllFolders implements Closeable {

		private final List<FSDirectory> directories = new ArrayList<>();
		private final List<DirectoryReader> readers = new ArrayList<>();
		private final List<IndexSearcher> searchers = new ArrayList<>();
		private final List<String> types = new ArrayList<>();
		private final ChineseAnalysis analyzer = new ChineseAnalysis();
		private final AllTypes allTypes = new AllTypes(new UserQueries(analyzer), new Snippets(analyzer));

		/** @param folders type name → the index folder the app committed */
		public AllFolders(Map<String, Path> folders) throws IOException {
			for (Map.Entry<String, Path> f : new java.util.TreeMap<>(folders).entrySet()) {
				FSDirectory directory = FSDirectory.open(f.getValue());
				DirectoryReader reader = DirectoryReader.open(directory);
				directories.add(directory);
				readers.add(reader);
				searchers.add(new IndexSearcher(reader));
				types.add(f.getKey());
			}
			ChineseAnalysis.segmenter();
		}

		public int numDocs() {
			return readers.stream().mapToInt(DirectoryReader::numDocs).sum();
		}

		/** The first page: the type and ID of each hit, best first, and the total. */
		public Hits search(String text, Set<String> readerKeys, int limit) {
			Search.AllTypesHits found = allTypes.search(new Search.AllTypesQuery(Set.of(), text, Map.of(), readerKeys, 0, limit),
					types, searchers);
			return new Hits(found.total(), found.hits().stream().map(h -> h.type() + "/" + h.hit().id()).toList());
		}

		@Override
		public void close() throws IOException {
			for (DirectoryReader r : readers) {
				r.close();
			}
			for (FSDirectory d : directories) {
				d.close();
			}
			analyzer.close();
		}
	}

	/** A similar hit: id and cosine similarity. */
	public record Similar(String id, double similarity) {
	}

	/** The most similar documents by cosine, best first, with snippets, as LuceneSearch.neighbours. */
	public List<Similar> similar(String text, int limit, Set<String> readers, Set<String> exclude) throws IOException {
		Resemblance.Idf idf = new Resemblance.Idf(reader);
		Map<String, Double> wanted = resemblance.weights(resemblance.words(text), idf);
		Query candidates = resemblance.candidates(wanted);
		if (candidates == null) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(candidates, Occur.MUST)
			.add(UserQueries.readable(readers), Occur.FILTER);
		if (exclude != null && !exclude.isEmpty()) {
			query.add(UserQueries.anyOf(Fields.ID, exclude), Occur.MUST_NOT);
		}
		TopDocs top = searcher.search(query.build(), Math.max(limit * 5, 50));
		record Found(int doc, String id, double similarity) {
		}
		List<Found> found = new ArrayList<>();
		org.apache.lucene.index.TermVectors vectors = reader.termVectors();
		for (ScoreDoc hit : top.scoreDocs) {
			Document doc = searcher.storedFields().document(hit.doc);
			Map<String, Double> theirs = resemblance.weights(
					resemblance.words(vectors, hit.doc, doc.get(Fields.TITLE), doc.get(Fields.BODY)), idf);
			found.add(new Found(hit.doc, doc.get(Fields.ID), Resemblance.cosine(wanted, theirs)));
		}
		found.sort(Comparator.comparingDouble(Found::similarity).reversed());
		List<Found> best = found.subList(0, Math.min(limit, found.size()));
		snippets.of(searcher, candidates, best.stream().mapToInt(Found::doc).toArray());
		return best.stream().filter(f -> f.similarity() > 0).map(f -> new Similar(f.id(), f.similarity())).toList();
	}

	@Override
	public void close() throws IOException {
		try (directory; reader) {
			analyzer.close();
		}
	}
}
