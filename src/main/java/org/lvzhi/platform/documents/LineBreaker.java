package org.lvzhi.platform.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines of a given width the way Chinese text is set: a line may break
 * between any two Chinese characters, but latin words and numbers stay whole, and the basic rules
 * of 禁则 hold: no line starts with closing punctuation (，。、；：！？）》」』” …), no line ends with
 * opening punctuation (（《「『“ …), and a 破折号 —— or 省略号 …… is not split. Where a break would
 * break a rule, the line breaks earlier and the character before the punctuation goes down with it.
 * Spaces at either end of a line are dropped.
 */
final class LineBreaker {

	/** The advance of one character, in the unit the widths of the lines are given in. */
	@FunctionalInterface
	interface Widths {
		float of(int codePoint);
	}

	/** Characters that do not start a line. */
	static final String NO_START = "，。、；：！？）》」』”’〉】〕〗〙〛｝］｠．,.;:!?)]}%‰℃·・々〆ー～ゝゞヽヾ";

	/** Characters that do not end a line. */
	static final String NO_END = "（《「『“‘〈【〔〖〘〚｛［｟([{";

	/** Characters that come in pairs (——, ……) which stay on one line. */
	private static final String PAIRED = "—…";

	private static final float SLACK = 0.01f;

	private LineBreaker() {
	}

	/**
	 * The lines of the text, each fitting the width unless a single word is wider than a line (it is
	 * then cut). A {@code \n} in the text ends a line.
	 *
	 * @param firstWidth the width of the first line (the line width less the first-line indent)
	 * @param width the width of the other lines
	 */
	static List<String> lines(String text, float firstWidth, float width, Widths widths) {
		List<String> lines = new ArrayList<>();
		String[] hard = text.split("\n", -1);
		for (String part : hard) {
			breakInto(lines, tokens(part), lines.isEmpty() ? firstWidth : width, width, widths);
		}
		return lines;
	}

	private static void breakInto(List<String> lines, List<String> tokens, float firstWidth, float width, Widths widths) {
		int start = 0;
		float max = firstWidth;
		float used = 0;
		int pos = 0;
		if (tokens.isEmpty()) {
			lines.add("");
			return;
		}
		while (pos < tokens.size()) {
			String token = tokens.get(pos);
			float w = width(token, widths);
			if (used + w <= max + SLACK || isSpace(token)) {
				used += w;
				pos++;
				continue;
			}
			int at = pos;
			while (at > start && !breakable(tokens, at)) {
				at--;
			}
			if (at == start) {
				if (pos == start) {
					// one word wider than the line: cut it where it fills the line
					String head = fit(token, max, widths);
					if (head.length() < token.length()) {
						tokens.set(pos, token.substring(head.length()));
						tokens.add(pos, head);
					}
					at = pos + 1;
				}
				else {
					at = pos;
				}
			}
			add(lines, tokens, start, at);
			start = at;
			while (start < tokens.size() && isSpace(tokens.get(start))) {
				start++;
			}
			pos = start;
			used = 0;
			max = width;
		}
		if (start < tokens.size() || lines.isEmpty()) {
			add(lines, tokens, start, tokens.size());
		}
	}

	private static void add(List<String> lines, List<String> tokens, int from, int to) {
		StringBuilder line = new StringBuilder();
		for (int i = from; i < to; i++) {
			line.append(tokens.get(i));
		}
		lines.add(line.toString().strip());
	}

	/** Whether a line may break before the token at index i. */
	static boolean breakable(List<String> tokens, int i) {
		String before = tokens.get(i - 1);
		String after = tokens.get(i);
		if (isSpace(before) || isSpace(after)) {
			return true;
		}
		int last = before.codePointBefore(before.length());
		int first = after.codePointAt(0);
		if (NO_START.indexOf(first) >= 0 || NO_END.indexOf(last) >= 0) {
			return false;
		}
		return !(last == first && PAIRED.indexOf(first) >= 0);
	}

	/** The text cut into what no break may fall within: latin words and numbers, spaces, single characters. */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			int end = i + Character.charCount(cp);
			if (isWordChar(cp)) {
				while (end < text.length()) {
					int next = text.codePointAt(end);
					if (isWordChar(next) || isJoiner(next) && end + 1 < text.length() && isWordChar(text.codePointAt(end + 1))) {
						end += Character.charCount(next);
					}
					else {
						break;
					}
				}
			}
			else if (Character.isWhitespace(cp)) {
				while (end < text.length() && Character.isWhitespace(text.codePointAt(end)) && text.charAt(end) != '\n') {
					end++;
				}
			}
			tokens.add(text.substring(i, end));
			i = end;
		}
		return tokens;
	}

	private static boolean isWordChar(int cp) {
		return cp < 0x2000 && Character.isLetterOrDigit(cp) || cp >= 0xFF10 && cp <= 0xFF19;
	}

	/** Joins two word characters into one word: 3.5, 2023-01, a/b, 10:30. */
	private static boolean isJoiner(int cp) {
		return cp == '.' || cp == '-' || cp == '/' || cp == ':' || cp == '\'' || cp == '_' || cp == '&' || cp == '@' || cp == '+';
	}

	private static boolean isSpace(String token) {
		return Character.isWhitespace(token.codePointAt(0));
	}

	static float width(String token, Widths widths) {
		float w = 0;
		for (int i = 0; i < token.length(); i += Character.charCount(token.codePointAt(i))) {
			w += widths.of(token.codePointAt(i));
		}
		return w;
	}

	private static String fit(String word, float max, Widths widths) {
		float w = 0;
		int i = 0;
		while (i < word.length()) {
			int cp = word.codePointAt(i);
			if (w + widths.of(cp) > max + SLACK && i > 0) {
				break;
			}
			w += widths.of(cp);
			i += Character.charCount(cp);
		}
		return word.substring(0, i);
	}
}
