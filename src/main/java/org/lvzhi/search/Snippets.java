package org.lvzhi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of the body around the matched words, as plain text with the positions of the
 * matches, so that no HTML is built here and the page escapes and marks it itself.
 */
final class Snippets {

	/** About two lines on a results page. */
	static final int MAX_CHARS = 120;
	private static final String GAP = "…";
	private static final char OPEN = '\uE000';
	private static final char CLOSE = '\uE001';

	private static final SnippetScorer SCORER = new SnippetScorer();

	private final Analyzer analyzer;

	Snippets(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The start of a body, for a hit whose matched words are not in it (they were in the title). */
	static String head(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		String text = body.strip();
		return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "…";
	}

	/** One snippet per document, in the order of {@code docIds}; {@code null} where the body is empty. */
	Snippet[] of(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
		if (docIds.length == 0) {
			return new Snippet[0];
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new PlainWithMarks())
			.withHighlightPhrasesStrictly(false)
			.withBreakIterator(SnippetSentences::new)
			.withScorer(SCORER)
			.build();
		Map<String, String[]> found = highlighter.highlightFields(new String[] { Fields.BODY }, query, docIds,
				new int[] { 1 });
		String[] bodies = found.get(Fields.BODY);
		Snippet[] snippets = new Snippet[docIds.length];
		for (int i = 0; i < docIds.length; i++) {
			snippets[i] = bodies[i] == null ? null : decode(bodies[i]);
		}
		return snippets;
	}

	/**
	 * The highlighter hands back strings only, so the formatter brackets matches with two
	 * private-use characters that no record holds, and they are turned into marks here.
	 */
	static Snippet decode(String marked) {
		StringBuilder text = new StringBuilder(marked.length());
		List<SearchHits.Mark> marks = new ArrayList<>();
		int start = -1;
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (c == OPEN) {
				start = text.length();
			}
			else if (c == CLOSE) {
				if (start >= 0 && start < text.length()) {
					marks.add(new SearchHits.Mark(start, text.length()));
				}
				start = -1;
			}
			else {
				text.append(c);
			}
		}
		return new Snippet(text.toString(), marks);
	}

	record Snippet(String text, List<SearchHits.Mark> marks) {
	}

	/** Keeps the passage as it is and notes where the matches are, shortened around the first one. */
	private static final class PlainWithMarks extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			if (passages.length == 0) {
				return null;
			}
			Passage passage = passages[0];
			int from = passage.getStartOffset();
			int to = passage.getEndOffset();
			if (to - from > MAX_CHARS) {
				int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : from;
				from = Math.max(from, firstMatch - MAX_CHARS / 4);
				to = Math.min(to, from + MAX_CHARS);
			}
			String prefix = from > 0 ? GAP : "";
			String suffix = to < content.length() ? GAP : "";
			String text = prefix + content.substring(from, to).strip() + suffix;
			int shift = prefix.length() - from - leadingSpace(content, from, to);
			return encode(text, marks(passage, from, to, shift, text.length() - suffix.length()));
		}

		private static String encode(String text, List<SearchHits.Mark> marks) {
			StringBuilder out = new StringBuilder(text.length() + marks.size() * 2);
			int at = 0;
			for (SearchHits.Mark mark : marks) {
				out.append(text, at, mark.start()).append(OPEN).append(text, mark.start(), mark.end()).append(CLOSE);
				at = mark.end();
			}
			return out.append(text, at, text.length()).toString();
		}

		private static List<SearchHits.Mark> marks(Passage passage, int from, int to, int shift, int limit) {
			List<SearchHits.Mark> marks = new ArrayList<>();
			int lastEnd = -1;
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int start = Math.max(passage.getMatchStarts()[i], from);
				int end = Math.min(passage.getMatchEnds()[i], to);
				if (end <= start) {
					continue;
				}
				// Index-mode words overlap (人大 inside 人大常委会): merge them into one mark.
				if (!marks.isEmpty() && start + shift <= lastEnd) {
					SearchHits.Mark last = marks.remove(marks.size() - 1);
					int merged = Math.min(Math.max(last.end(), end + shift), limit);
					marks.add(new SearchHits.Mark(last.start(), merged));
					lastEnd = merged;
				}
				else {
					int s = start + shift;
					int e = Math.min(end + shift, limit);
					if (s >= 0 && s < e) {
						marks.add(new SearchHits.Mark(s, e));
						lastEnd = e;
					}
				}
			}
			return marks;
		}

		private static int leadingSpace(String content, int from, int to) {
			int n = 0;
			while (from + n < to && Character.isWhitespace(content.charAt(from + n))) {
				n++;
			}
			return n;
		}
	}
}
