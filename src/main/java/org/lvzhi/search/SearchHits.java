package org.lvzhi.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of hits and how many there are in all.
 */
public record SearchHits(long total, List<Hit> hits) {

	/**
	 * @param id the record's ID
	 * @param score relevance, higher is better (not comparable across queries); for
	 *     {@link Search#similar} the similarity in [0, 1]
	 * @param title the stored title
	 * @param snippet a short passage of the body around the matched words, plain text (escape it
	 *     when writing HTML), may be {@code null}
	 * @param marks where the matched words are in the snippet, in order and not overlapping, so that
	 *     a page can mark them without parsing markup; see {@link #parts()}
	 */
	public record Hit(String id, float score, String title, String snippet, List<Mark> marks) {

		public Hit {
			marks = marks == null ? List.of() : List.copyOf(marks);
		}

		public Hit(String id, float score, String title, String snippet) {
			this(id, score, title, snippet, List.of());
		}

		/**
		 * The snippet cut into plain and matched parts, for templates:
		 * {@code <th:block th:each="p : ${hit.parts()}"><mark th:if="${p.marked}" th:text="${p.text}"/>...}.
		 */
		public List<Part> parts() {
			List<Part> parts = new ArrayList<>();
			if (snippet == null) {
				return parts;
			}
			int at = 0;
			for (Mark mark : marks) {
				if (mark.start() < at || mark.end() > snippet.length()) {
					continue;
				}
				if (mark.start() > at) {
					parts.add(new Part(snippet.substring(at, mark.start()), false));
				}
				parts.add(new Part(snippet.substring(mark.start(), mark.end()), true));
				at = mark.end();
			}
			if (at < snippet.length()) {
				parts.add(new Part(snippet.substring(at), false));
			}
			return parts;
		}

		/**
		 * The snippet as HTML: escaped text with the matched words in {@code <mark>}, for
		 * {@code th:utext}. One expression per hit instead of one per part: rendering the parts one
		 * by one was a large share of a results page's time.
		 */
		public String snippetHtml() {
			if (snippet == null) {
				return null;
			}
			StringBuilder html = new StringBuilder(snippet.length() + 16 * marks.size());
			for (Part part : parts()) {
				if (part.marked()) {
					html.append("<mark>");
					escape(part.text(), html);
					html.append("</mark>");
				}
				else {
					escape(part.text(), html);
				}
			}
			return html.toString();
		}

		private static void escape(String text, StringBuilder html) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '&' -> html.append("&amp;");
					case '<' -> html.append("&lt;");
					case '>' -> html.append("&gt;");
					case '"' -> html.append("&quot;");
					case '\'' -> html.append("&#39;");
					default -> html.append(c);
				}
			}
		}
	}

	/** A matched word in a snippet: characters {@code start} (inclusive) to {@code end} (exclusive). */
	public record Mark(int start, int end) {
	}

	/** A piece of a snippet, matched or not. */
	public record Part(String text, boolean marked) {
	}
}
