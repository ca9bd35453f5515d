package org.lvzhi.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * An experiment, not a benchmark row: where the CPU of a similar-suggestion lookup goes (the
 * draft's words and weights, the candidate query, the candidates' own words and weights), with
 * stored suggestions as drafts. Run: java -cp … org.lvzhi.search.SimilarCost &lt;index folder&gt; &lt;drafts&gt;
 */
public final class SimilarCost {

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		int drafts = Integer.parseInt(args[1]);
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		try (FSDirectory directory = FSDirectory.open(folder.resolve("suggestion"));
				DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			ChineseAnalysis analyzer = new ChineseAnalysis();
			ChineseAnalysis.segmenter();
			Resemblance resemblance = new Resemblance(analyzer);
			long[] parts = new long[6];
			int step = reader.maxDoc() / (drafts + 1);
			int measured = 0;
			for (int i = 0; i < drafts; i++) {
				Document d = searcher.storedFields().document(step * (i + 1));
				String text = d.get(Fields.TITLE) + "\n" + d.get(Fields.BODY);
				long t0 = cpu.getCurrentThreadCpuTime();
				Map<String, Integer> words = resemblance.words(text);
				long t1 = cpu.getCurrentThreadCpuTime();
				Resemblance.Idf idf = new Resemblance.Idf(reader);
				Map<String, Double> wanted = resemblance.weights(words, idf);
				long t2 = cpu.getCurrentThreadCpuTime();
				Query candidates = resemblance.candidates(wanted);
				TopDocs top = searcher.search(candidates, 50);
				long t3 = cpu.getCurrentThreadCpuTime();
				long analyse = 0;
				long weigh = 0;
				long reanalyse = 0;
				for (ScoreDoc hit : top.scoreDocs) {
					Document doc = searcher.storedFields().document(hit.doc);
					long a = cpu.getCurrentThreadCpuTime();
					Map<String, Integer> theirs = resemblance.words(reader.termVectors(), hit.doc, doc.get(Fields.TITLE),
							doc.get(Fields.BODY));
					long b = cpu.getCurrentThreadCpuTime();
					resemblance.weights(theirs, idf);
					long c = cpu.getCurrentThreadCpuTime();
					// What the lookup did before the term vectors: the candidate's text analysed again.
					Map<String, Integer> again = resemblance.words(doc.get(Fields.TITLE) + "\n" + doc.get(Fields.BODY));
					long e = cpu.getCurrentThreadCpuTime();
					if (!again.equals(theirs)) {
						System.out.println("different words for document " + hit.doc);
					}
					analyse += b - a;
					weigh += c - b;
					reanalyse += e - c;
				}
				if (i >= 3) {
					measured++;
					parts[0] += t1 - t0;
					parts[1] += t2 - t1;
					parts[2] += t3 - t2;
					parts[3] += analyse;
					parts[4] += weigh;
					parts[5] += reanalyse;
				}
			}
			String[] names = { "draft words", "draft weights", "candidate query (top 50)", "candidates' words",
					"candidates' weights", "(their words analysed again)" };
			for (int p = 0; p < parts.length; p++) {
				System.out.printf(Locale.ROOT, "%-26s %7.2f ms%n", names[p], parts[p] / 1e6 / measured);
			}
		}
	}
}
