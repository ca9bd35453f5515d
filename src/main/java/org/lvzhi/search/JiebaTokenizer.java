package org.lvzhi.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;
import com.huaban.analysis.jieba.WordDictionary;

/**
 * Splits Chinese text into words with jieba's index mode, which emits a long word together with
 * the dictionary words inside it (人大常委会 also as 人大, 常委会), so that users find a record
 * by the shorter words they type.
 *
 * <p>Tokens are sorted by start offset because Lucene refuses offsets that go backwards. A word
 * overlapping the one before it shares its position, so that phrase queries analysed the same
 * way still line up.
 *
 * <p>The cost stays linear in the text and bounded: only the first {@link #MAX_ANALYSED}
 * characters are analysed, a run of Latin letters or digits longer than
 * {@link #MAX_TOKEN_LENGTH} is cut into pieces without going through jieba (whose index mode
 * looks up every two- and three-letter piece of a word), and the search for longer dictionary
 * words inside a word looks at pieces of dictionary length only.
 */
final class JiebaTokenizer extends Tokenizer {

	/**
	 * Longer runs of letters are cut into pieces of this length, as Lucene's standard tokenizer
	 * does: no word is that long, and the inner-word search below stays linear in the text.
	 */
	static final int MAX_TOKEN_LENGTH = 40;
	/** Longer than any law in the library; the rest of a text is not indexed. */
	static final int MAX_ANALYSED = 100_000;
	/** Longer than any word of jieba's and the congress dictionaries. */
	private static final int MAX_INNER_WORD_LENGTH = 16;

	private static final Comparator<SegToken> BY_OFFSET = Comparator.<SegToken>comparingInt(t -> t.startOffset)
		.thenComparingInt(t -> t.endOffset);

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final Deque<SegToken> pending = new ArrayDeque<>();
	/** Kept between texts: an analyzer reuses its tokenizer, and a query is analysed several times. */
	private final StringBuilder read = new StringBuilder();
	private final char[] buffer = new char[512];
	private int coveredUpTo;
	private int finalOffset;

	@Override
	public boolean incrementToken() throws IOException {
		clearAttributes();
		SegToken token;
		do {
			token = pending.pollFirst();
			if (token == null) {
				return false;
			}
		}
		while (!isWord(token.word));
		term.append(token.word);
		offset.setOffset(correctOffset(token.startOffset), correctOffset(token.endOffset));
		increment.setPositionIncrement(token.startOffset >= coveredUpTo ? 1 : 0);
		coveredUpTo = Math.max(coveredUpTo, token.endOffset);
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		int length = readAll();
		finalOffset = correctOffset(length);
		pending.clear();
		coveredUpTo = 0;
		List<SegToken> tokens = cut(segment(read));
		tokens.addAll(longerInnerWords(tokens));
		tokens.sort(BY_OFFSET);
		pending.addAll(tokens);
	}

	@Override
	public void end() throws IOException {
		super.end();
		offset.setOffset(finalOffset, finalOffset);
	}

	private static List<SegToken> cut(List<SegToken> tokens) {
		if (tokens.stream().allMatch(t -> t.word.length() <= MAX_TOKEN_LENGTH)) {
			return tokens;
		}
		List<SegToken> cut = new ArrayList<>(tokens.size());
		for (SegToken token : tokens) {
			String word = token.word;
			for (int from = 0; from < word.length(); from += MAX_TOKEN_LENGTH) {
				int to = Math.min(word.length(), from + MAX_TOKEN_LENGTH);
				cut.add(from == 0 && to == word.length() ? token
						: new SegToken(word.substring(from, to), token.startOffset + from, token.startOffset + to));
			}
		}
		return cut;
	}

	/**
	 * Index mode adds only the two- and three-character words inside a long word; dictionary words
	 * of four characters or more inside it (垃圾分类 in 生活垃圾分类) are added here.
	 */
	private static List<SegToken> longerInnerWords(List<SegToken> tokens) {
		WordDictionary dictionary = WordDictionary.getInstance();
		List<SegToken> inner = new ArrayList<>();
		for (SegToken token : tokens) {
			String word = token.word;
			int longest = Math.min(word.length() - 1, MAX_INNER_WORD_LENGTH);
			for (int length = 4; length <= longest; length++) {
				for (int from = 0; from + length <= word.length(); from++) {
					String part = word.substring(from, from + length);
					if (dictionary.containsWord(part)) {
						inner.add(new SegToken(part, token.startOffset + from, token.startOffset + from + length));
					}
				}
			}
		}
		return inner;
	}

	/** Reads the text to analyse into {@link #read}; returns the length of the whole input. */
	private int readAll() throws IOException {
		read.setLength(0);
		int length = 0;
		for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
			int keep = Math.min(n, MAX_ANALYSED - read.length());
			if (keep > 0) {
				read.append(buffer, 0, keep);
			}
			length += n;
		}
		return length;
	}

	/** jieba's words, except for long runs of Latin letters and digits, which are cut here. */
	private static List<SegToken> segment(CharSequence text) {
		List<SegToken> tokens = new ArrayList<>();
		int from = 0;
		int i = 0;
		while (i < text.length()) {
			if (!isLatinOrDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int end = i;
			while (end < text.length() && isLatinOrDigit(text.charAt(end))) {
				end++;
			}
			if (end - i > MAX_TOKEN_LENGTH) {
				jieba(text, from, i, tokens);
				tokens.add(new SegToken(text.subSequence(i, end).toString(), i, end));
				from = end;
			}
			i = end;
		}
		jieba(text, from, text.length(), tokens);
		return tokens;
	}

	private static void jieba(CharSequence text, int from, int to, List<SegToken> tokens) {
		if (from >= to) {
			return;
		}
		for (SegToken t : ChineseAnalysis.segmenter().process(text.subSequence(from, to).toString(), JiebaSegmenter.SegMode.INDEX)) {
			tokens.add(from == 0 ? t : new SegToken(t.word, t.startOffset + from, t.endOffset + from));
		}
	}

	private static boolean isLatinOrDigit(char c) {
		return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
	}

	/** Punctuation and spaces come back from jieba as tokens of their own; they are not words. */
	private static boolean isWord(String token) {
		return token.codePoints().anyMatch(Character::isLetterOrDigit);
	}
}
