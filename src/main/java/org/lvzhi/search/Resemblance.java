package org.lvzhi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * How alike two texts are: the cosine of their TF-IDF vectors over the analysed words, in
 * [0, 1]. Unlike a BM25 score it does not depend on the query's length or on the other
 * candidates, so 0.8 means the same in every call: a near-duplicate scores close to 1, a text
 * sharing no word scores 0. IDF comes from the type's index, so common words (工作, 开展) weigh
 * little. Candidates are first found with a BM25 query over the text's weightiest words.
 */
final class Resemblance {

	/**
	 * Enough words to find the candidates: 64 found the same routing hints and fewer true
	 * duplicates at the default threshold (64 of 73 against 66 of 73 on the demo world) for twice the
	 * query's time at 1,000,000 suggestions (docs/benchmarks.md).
	 */
	static final int CANDIDATE_TERMS = 32;
	/** Long texts are cut: the beginning of a suggestion says what it is about. */
	static final int MAX_CHARS = 5_000;

	private final Analyzer analyzer;

	Resemblance(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** Word counts of a text as indexed. */
	Map<String, Integer> words(String text) {
		Map<String, Integer> counts = new HashMap<>();
		if (text == null || text.isBlank()) {
			return counts;
		}
		String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		try (TokenStream stream = analyzer.tokenStream(Fields.BODY, cut)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				// Single characters are mostly function words (的, 是, 在) that paraphrases change freely.
				if (term.length() > 1) {
					counts.merge(term.toString(), 1, Integer::sum);
				}
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return counts;
	}

	/**
	 * Word counts of an indexed document, as {@link #words(String)} counts its title and body joined
	 * by a line break, read from the document's term vectors: analysing 50 candidates' texts again
	 * was most of a similar lookup's time. The analysis runs only where the vectors would differ:
	 * a text longer than the cut, or a document indexed without them.
	 */
	Map<String, Integer> words(TermVectors vectors, int doc, String title, String body) throws IOException {
		String t = title == null ? "" : title;
		String b = body == null ? "" : body;
		if (t.length() + 1 + b.length() > MAX_CHARS) {
			return words(t + "\n" + b);
		}
		org.apache.lucene.index.Fields fields = vectors.get(doc);
		Terms inTitle = fields == null ? null : fields.terms(Fields.TITLE);
		Terms inBody = fields == null ? null : fields.terms(Fields.BODY);
		if ((inTitle == null && !t.isBlank()) || (inBody == null && !b.isBlank())) {
			return words(t + "\n" + b);
		}
		Map<String, Integer> counts = new HashMap<>();
		count(inTitle, counts);
		count(inBody, counts);
		return counts;
	}

	private static void count(Terms terms, Map<String, Integer> counts) throws IOException {
		if (terms == null) {
			return;
		}
		TermsEnum e = terms.iterator();
		for (BytesRef term = e.next(); term != null; term = e.next()) {
			String word = term.utf8ToString();
			// As words(String): single characters do not count.
			if (word.length() > 1) {
				counts.merge(word, (int) e.totalTermFreq(), Integer::sum);
			}
		}
	}

	/** TF-IDF weights of word counts against an index: (1 + ln tf) × BM25's idf. */
	Map<String, Double> weights(Map<String, Integer> counts, IndexReader reader) throws IOException {
		return weights(counts, new Idf(reader));
	}

	/** The same with the idf of an earlier call on the same reader: a lookup weighs many texts. */
	Map<String, Double> weights(Map<String, Integer> counts, Idf idf) throws IOException {
		Map<String, Double> weights = new HashMap<>();
		for (Map.Entry<String, Integer> e : counts.entrySet()) {
			weights.put(e.getKey(), (1 + Math.log(e.getValue())) * idf.of(e.getKey()));
		}
		return weights;
	}

	/**
	 * BM25's idf of body words on one reader, each word looked up once, through one terms
	 * enumeration per segment: a similar lookup weighs the words of 50 candidates, most of them
	 * shared, and a fresh dictionary seek for each was three quarters of its time at 1,000,000
	 * suggestions (docs/benchmarks.md).
	 */
	static final class Idf {

		private final IndexReader reader;
		private final int documents;
		private final Map<String, Double> known = new HashMap<>();
		private TermsEnum[] segments;

		Idf(IndexReader reader) {
			this.reader = reader;
			this.documents = reader.numDocs();
		}

		double of(String word) throws IOException {
			Double idf = known.get(word);
			if (idf == null) {
				int df = docFreq(new BytesRef(word));
				idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
				known.put(word, idf);
			}
			return idf;
		}

		/** As {@link IndexReader#docFreq}: deleted documents still count until merged away. */
		private int docFreq(BytesRef word) throws IOException {
			if (segments == null) {
				List<LeafReaderContext> leaves = reader.leaves();
				segments = new TermsEnum[leaves.size()];
				for (int i = 0; i < segments.length; i++) {
					Terms terms = leaves.get(i).reader().terms(Fields.BODY);
					segments[i] = terms == null ? null : terms.iterator();
				}
			}
			int df = 0;
			for (TermsEnum segment : segments) {
				if (segment != null && segment.seekExact(word)) {
					df += segment.docFreq();
				}
			}
			return df;
		}
	}

	/** A query finding documents that share the weightiest words, or {@code null} for none. */
	Query candidates(Map<String, Double> weights) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		weights.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(CANDIDATE_TERMS)
			.forEach(e -> {
				query.add(new TermQuery(new Term(Fields.BODY, e.getKey())), Occur.SHOULD);
				query.add(new TermQuery(new Term(Fields.TITLE, e.getKey())), Occur.SHOULD);
			});
		BooleanQuery built = query.build();
		return built.clauses().isEmpty() ? null : built;
	}

	static double cosine(Map<String, Double> a, Map<String, Double> b) {
		double dot = 0;
		for (Map.Entry<String, Double> e : a.entrySet()) {
			Double other = b.get(e.getKey());
			if (other != null) {
				dot += e.getValue() * other;
			}
		}
		double norms = norm(a) * norm(b);
		return norms == 0 ? 0 : Math.min(1, dot / norms);
	}

	private static double norm(Map<String, Double> v) {
		double sum = 0;
		for (double x : v.values()) {
			sum += x * x;
		}
		return Math.sqrt(sum);
	}
}
