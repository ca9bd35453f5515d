package org.lvzhi.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets: after Chinese and Latin sentence punctuation and at line
 * ends. The JDK's rule-based sentence iterator gave the same passages on our texts but was a
 * fifth of a results page's highlighting time (docs/benchmarks.md).
 */
final class SnippetSentences extends BreakIterator {

	private CharacterIterator text = new StringCharacterIterator("");
	/** The text as a string when it was given as one (the highlighter does): no iterator per character. */
	private String chars = "";
	private int current;

	static boolean ends(char c) {
		return switch (c) {
			case '。', '！', '？', '；', '!', '?', ';', '\n' -> true;
			default -> false;
		};
	}

	@Override
	public int first() {
		current = text.getBeginIndex();
		return current;
	}

	@Override
	public int last() {
		current = text.getEndIndex();
		return current;
	}

	@Override
	public int next(int n) {
		int result = current();
		for (int i = 0; i < n && result != DONE; i++) {
			result = next();
		}
		for (int i = 0; i > n && result != DONE; i--) {
			result = previous();
		}
		return result;
	}

	@Override
	public int next() {
		int end = text.getEndIndex();
		if (current >= end) {
			return DONE;
		}
		current = boundaryAfter(current);
		return current;
	}

	@Override
	public int previous() {
		int begin = text.getBeginIndex();
		if (current <= begin) {
			return DONE;
		}
		current = boundaryBefore(current);
		return current;
	}

	@Override
	public int following(int offset) {
		check(offset);
		if (offset >= text.getEndIndex()) {
			current = text.getEndIndex();
			return DONE;
		}
		current = boundaryAfter(offset);
		return current;
	}

	@Override
	public int preceding(int offset) {
		check(offset);
		if (offset <= text.getBeginIndex()) {
			current = text.getBeginIndex();
			return DONE;
		}
		current = boundaryBefore(offset);
		return current;
	}

	@Override
	public int current() {
		return current;
	}

	@Override
	public CharacterIterator getText() {
		return text;
	}

	@Override
	public void setText(CharacterIterator newText) {
		text = newText;
		chars = null;
		current = newText.getBeginIndex();
	}

	@Override
	public void setText(String newText) {
		text = new StringCharacterIterator(newText);
		chars = newText;
		current = 0;
	}

	private char at(int i) {
		return chars != null ? chars.charAt(i) : text.setIndex(i);
	}

	/** The first boundary after {@code offset}: just past a sentence end, or the end of the text. */
	private int boundaryAfter(int offset) {
		int end = text.getEndIndex();
		for (int i = offset; i < end; i++) {
			if (ends(at(i))) {
				return i + 1;
			}
		}
		return end;
	}

	/** The last boundary before {@code offset}: just past a sentence end, or the start of the text. */
	private int boundaryBefore(int offset) {
		int begin = text.getBeginIndex();
		for (int i = offset - 2; i >= begin; i--) {
			if (ends(at(i))) {
				return i + 1;
			}
		}
		return begin;
	}

	private void check(int offset) {
		if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
			throw new IllegalArgumentException("offset out of bounds: " + offset);
		}
	}
}
