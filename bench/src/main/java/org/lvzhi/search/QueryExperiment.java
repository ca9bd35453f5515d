package org.lvzhi.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
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
import org.apache.lucene.util.QueryBuilder;

/**
 * An experiment for the next round, not part of the benchmark's rows: the CPU a search's Lucene
 * query costs on an index folder in one pass with its phrase clauses (every token of the words
 * optional), as the app did before, beside
 * a variant that requires each typed word (any of its tokens, in title or body), and the app's
 * two passes (phrases rescored on the best hits only). Thread CPU time,
 * so the machine's load matters little. Run: java -cp … org.lvzhi.search.QueryExperiment
 * &lt;index folder&gt; [rounds] query…
 */
public final class QueryExperiment {

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		int rounds = Integer.parseInt(args[1]);
		List<String> texts = List.of(args).subList(2, args.length);
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			ChineseAnalysis analyzer = new ChineseAnalysis();
			ChineseAnalysis.segmenter();
			UserQueries queries = new UserQueries(analyzer);
			QueryBuilder builder = new QueryBuilder(analyzer);
			Set<String> readers = Set.of("staff");
			long[] cpuNow = new long[3];
			double overlap = 0;
			double overlapPlain = 0;
			long hitsNow = 0;
			long hitsAll = 0;
			for (int round = 0; round <= rounds; round++) {
				boolean measured = round > 0;
				for (String text : texts) {
					long t0 = cpu.getCurrentThreadCpuTime();
					TopDocs now = searcher.search(new BooleanQuery.Builder().add(queries.words(text), Occur.MUST)
						.add(UserQueries.readable(readers), Occur.FILTER)
						.build(), 20);
					long t1 = cpu.getCurrentThreadCpuTime();
					TopDocs every = searcher.search(everyWord(text, builder, queries, readers), 20);
					long t2 = cpu.getCurrentThreadCpuTime();
					TopDocs plain = queries.search(searcher, text, null, readers, 20);
					long t3 = cpu.getCurrentThreadCpuTime();
					if (measured) {
						cpuNow[0] += t1 - t0;
						cpuNow[1] += t2 - t1;
						cpuNow[2] += t3 - t2;
					}
					if (round == 1) {
						overlapPlain += overlap(now, plain);
					}
					if (round == 1) {
						overlap += overlap(now, every);
						hitsNow += now.totalHits.value();
						hitsAll += every.totalHits.value();
					}
				}
			}
			int n = rounds * texts.size();
			System.out.printf(Locale.ROOT,
					"%d documents, %d queries x %d rounds%n"
							+ "phrases scored on every match (before): %.2f ms CPU a query (TopDocs only), total hits (lower bounds) %d%n"
							+ "every word required:  %.2f ms CPU a query, total hits %d%n"
							+ "top 20 in common: %.0f %%%n"
							+ "phrases rescored on the best " + UserQueries.RESCORE_WINDOW + " (the app now): %.2f ms CPU a query, top 20 in common with before: %.0f %%%n",
					reader.numDocs(), texts.size(), rounds, cpuNow[0] / 1e6 / n, hitsNow, cpuNow[1] / 1e6 / n, hitsAll,
					100 * overlap / texts.size(), cpuNow[2] / 1e6 / n, 100 * overlapPlain / texts.size());
		}
	}

	private static Query everyWord(String text, QueryBuilder builder, UserQueries queries, Set<String> readers) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String word : text.strip().split("\\s+")) {
			Query title = builder.createBooleanQuery(Fields.TITLE, word, Occur.SHOULD);
			Query body = builder.createBooleanQuery(Fields.BODY, word, Occur.SHOULD);
			BooleanQuery.Builder either = new BooleanQuery.Builder();
			if (title != null) {
				either.add(title, Occur.SHOULD);
			}
			if (body != null) {
				either.add(body, Occur.SHOULD);
			}
			all.add(either.build(), Occur.MUST);
		}
		// The same scoring boosts as the app (the phrase of the whole input) on top.
		Query scored = queries.words(text);
		return new BooleanQuery.Builder().add(all.build(), Occur.FILTER)
			.add(scored, Occur.MUST)
			.add(UserQueries.readable(readers), Occur.FILTER)
			.build();
	}

	private static double overlap(TopDocs a, TopDocs b) {
		Set<Integer> first = new HashSet<>();
		for (ScoreDoc d : a.scoreDocs) {
			first.add(d.doc);
		}
		int common = 0;
		for (ScoreDoc d : b.scoreDocs) {
			if (first.contains(d.doc)) {
				common++;
			}
		}
		return a.scoreDocs.length == 0 ? 1 : (double) common / a.scoreDocs.length;
	}
}
