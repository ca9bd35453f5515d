package org.lvzhi.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * An experiment, not a benchmark row: the thread CPU of each part of a results page's Lucene work
 * (first pass, phrase rescoring, snippets, stored fields) for several rescoring windows, and how
 * many of the first 20 hits each window shares with one pass scoring the phrases on every match.
 * Run: java -cp … org.lvzhi.search.SearchCost &lt;index folder&gt; &lt;rounds&gt; query…
 */
public final class SearchCost {

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		int rounds = Integer.parseInt(args[1]);
		List<String> texts = List.of(args).subList(2, args.length);
		int[] windows = { 20, 50, 100, 200, 400 };
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		try (FSDirectory directory = FSDirectory.open(folder.resolve("suggestion"));
				DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			ChineseAnalysis analyzer = new ChineseAnalysis();
			ChineseAnalysis.segmenter();
			UserQueries queries = new UserQueries(analyzer);
			Snippets snippets = new Snippets(analyzer);
			Set<String> readers = Set.of("public", "staff");
			long[] first = new long[windows.length];
			double[] overlap = new double[windows.length];
			long reference = 0;
			long snippetCpu = 0;
			long storedCpu = 0;
			long buildCpu = 0;
			int measured = 0;
			long unfiltered = 0;
			long filtered = 0;
			java.util.Map<String, Double> perQuery = new java.util.TreeMap<>();
			for (int round = 0; round <= rounds; round++) {
				for (String text : texts) {
					long t0 = cpu.getCurrentThreadCpuTime();
					TopDocs full = searcher.search(new BooleanQuery.Builder().add(queries.words(text), Occur.MUST)
						.add(UserQueries.readable(readers), Occur.FILTER)
						.build(), 20);
					long t1 = cpu.getCurrentThreadCpuTime();
					Set<Integer> best = ids(full);
					long[] now = new long[windows.length];
					double[] same = new double[windows.length];
					TopDocs last = null;
					for (int w = 0; w < windows.length; w++) {
						long a = cpu.getCurrentThreadCpuTime();
						last = queries.search(searcher, text, null, readers, 20, windows[w]);
						now[w] = cpu.getCurrentThreadCpuTime() - a;
						Set<Integer> got = ids(last);
						got.retainAll(best);
						same[w] = best.isEmpty() ? 1 : (double) got.size() / best.size();
					}
					long f0 = cpu.getCurrentThreadCpuTime();
					Query matching = queries.matching(text);
					if (matching != null) {
						searcher.search(matching, 400);
					}
					long f1 = cpu.getCurrentThreadCpuTime();
					searcher.search(queries.build(text, null, readers), 400);
					long f2 = cpu.getCurrentThreadCpuTime();
					if (round > 0) {
						unfiltered += f1 - f0;
						filtered += f2 - f1;
						perQuery.merge(text, (f2 - f1) / 1e6, Double::sum);
					}
					long b0 = cpu.getCurrentThreadCpuTime();
					Query words = queries.words(text);
					queries.build(text, null, readers);
					long b1 = cpu.getCurrentThreadCpuTime();
					int[] docIds = Arrays.stream(last.scoreDocs).mapToInt(d -> d.doc).toArray();
					snippets.of(searcher, words, docIds);
					long b2 = cpu.getCurrentThreadCpuTime();
					for (int doc : docIds) {
						searcher.storedFields().document(doc);
					}
					long b3 = cpu.getCurrentThreadCpuTime();
					if (round > 0) {
						measured++;
						reference += t1 - t0;
						for (int w = 0; w < windows.length; w++) {
							first[w] += now[w];
							overlap[w] += same[w];
						}
						buildCpu += b1 - b0;
						snippetCpu += b2 - b1;
						storedCpu += b3 - b2;
					}
				}
			}
			System.out.printf(Locale.ROOT, "%d searches over %d documents, CPU ms a search%n", measured, reader.numDocs());
			System.out.printf(Locale.ROOT, "one pass with phrases on every match: %.2f%n", reference / 1e6 / measured);
			for (int w = 0; w < windows.length; w++) {
				System.out.printf(Locale.ROOT, "window %3d: %.2f ms, top-20 overlap %.1f %%%n", windows[w],
						first[w] / 1e6 / measured, 100 * overlap[w] / measured);
			}
			System.out.printf(Locale.ROOT, "first pass (400) without the reader filter %.2f, with it %.2f%n",
					unfiltered / 1e6 / measured, filtered / 1e6 / measured);
			perQuery.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
				.forEach(e -> System.out.printf(Locale.ROOT, "  %s %.2f%n", e.getKey(), e.getValue() / rounds));
			System.out.printf(Locale.ROOT, "query building %.2f, snippets %.2f, stored fields %.2f%n",
					buildCpu / 1e6 / measured, snippetCpu / 1e6 / measured, storedCpu / 1e6 / measured);
		}
	}

	private static Set<Integer> ids(TopDocs top) {
		Set<Integer> ids = new HashSet<>();
		for (ScoreDoc d : top.scoreDocs) {
			ids.add(d.doc);
		}
		return ids;
	}
}
